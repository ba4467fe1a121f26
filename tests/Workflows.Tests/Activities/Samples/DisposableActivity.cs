using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity("Samples.Disposable", Category = "Kiểm thử")]
public sealed class DisposableActivity(DisposalLog log) : IWorkflowActivity, IDisposable
{
    [ActivityInput(Required = true)]
    public string Name { get; set; } = "";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ActivityResult.Completed);

    public void Dispose() => log.Disposed++;
}
