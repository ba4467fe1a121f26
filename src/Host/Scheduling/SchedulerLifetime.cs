using Quartz;

namespace Thads.Host.Scheduling;

/// <summary>
/// Stops the scheduler with the host, waiting for running jobs (a timer being fired finishes its commit).
/// Quartz is started by <see cref="SchedulerStartupTask"/>, not here, because its store needs the migrated database.
/// </summary>
internal sealed class SchedulerLifetime : IHostedService
{
    public IScheduler? Started { get; set; }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Started is { } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }
}
