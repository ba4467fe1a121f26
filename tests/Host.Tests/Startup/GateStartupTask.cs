using Thads.Host.Startup;

namespace Thads.Host.Tests.Startup;

/// <summary>A start-up task that stays running until the test opens the gate.</summary>
internal sealed class GateStartupTask : IStartupTask
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;

    public void Open() => _gate.TrySetResult();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
    }
}
