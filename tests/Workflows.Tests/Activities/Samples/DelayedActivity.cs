using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity("Samples.Delayed", Category = "Kiểm thử")]
public sealed class DelayedActivity : IWorkflowActivity
{
    [ActivityInput]
    public int Value { get; set; }

    [ActivityOutput]
    public int Doubled { get; private set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        Doubled = Value * 2;
        return ActivityResult.Completed;
    }
}
