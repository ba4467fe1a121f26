using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

public abstract class AuditedActivityBase : IWorkflowActivity
{
    [ActivityInput(DisplayNameVi = "Ghi chú", DisplayNameEn = "Note")]
    public string Note { get; set; } = "";

    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default);
}
