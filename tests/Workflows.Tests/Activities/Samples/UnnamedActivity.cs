using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity("Samples.Unnamed")]
public sealed class UnnamedActivity : IWorkflowActivity
{
    [ActivityInput]
    public string CaseNumber { get; set; } = "";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ActivityResult.Completed);
}
