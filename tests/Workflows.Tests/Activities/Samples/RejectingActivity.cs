using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity("Samples.Rejecting", Category = "Kiểm thử")]
public sealed class RejectingActivity : IWorkflowActivity
{
    [ActivityOutput]
    public string Reason { get; private set; } = "";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        Reason = "half-written";
        return ValueTask.FromResult(ActivityResult.Error("HO_SO_BI_TU_CHOI", "Hồ sơ bị từ chối"));
    }
}
