using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity("Samples.VietnameseOnly", DisplayNameVi = "Chỉ tiếng Việt", DescriptionVi = "Mô tả bằng tiếng Việt.")]
public sealed class VietnameseOnlyActivity : IWorkflowActivity
{
    [ActivityInput(DisplayNameVi = "Mã", DescriptionVi = "Đầu vào chỉ có tiếng Việt.")]
    public string Code { get; set; } = "";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ActivityResult.Completed);
}
