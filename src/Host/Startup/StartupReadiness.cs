namespace Thads.Host.Startup;

/// <summary>Whether the start-up tasks have finished; shared by the runner, <c>/health</c> and anyone who must wait.</summary>
public sealed class StartupReadiness
{
    private readonly TaskCompletionSource<StartupStatus> _finished =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StartupStatus Status =>
        _finished.Task.IsCompletedSuccessfully ? _finished.Task.Result : StartupStatus.Starting;

    /// <summary>
    /// Completes with <see cref="StartupStatus.Ready"/> or <see cref="StartupStatus.Failed"/>; never faults,
    /// so waiting on it cannot leave an unobserved exception behind.
    /// </summary>
    public Task<StartupStatus> WhenFinished => _finished.Task;

    internal void MarkReady() => _finished.TrySetResult(StartupStatus.Ready);

    internal void MarkFailed() => _finished.TrySetResult(StartupStatus.Failed);
}
