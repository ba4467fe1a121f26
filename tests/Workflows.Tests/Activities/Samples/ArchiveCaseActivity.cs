using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity("Samples.ArchiveCase", Category = "Lưu trữ", DisplayNameVi = "Lưu trữ hồ sơ", TemplateVersion = 2)]
public sealed class ArchiveCaseActivity : AuditedActivityBase
{
    [ActivityInput(DisplayNameVi = "Số hồ sơ", Required = true)]
    public string CaseNumber { get; set; } = "";

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ActivityResult.Completed);
}
