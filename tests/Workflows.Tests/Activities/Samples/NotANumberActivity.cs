using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity("Samples.NotANumber", Category = "Kiểm thử")]
public sealed class NotANumberActivity : IWorkflowActivity
{
    [ActivityOutput]
    public double Ratio { get; private set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        Ratio = double.NaN;
        return ValueTask.FromResult(ActivityResult.Completed);
    }
}
