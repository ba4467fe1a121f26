using Quartz;
using Thads.Host.Startup;
using Thads.Workflows.Runtime;

namespace Thads.Host.Scheduling;

/// <summary>
/// Starts Quartz once the database is ready (its job store lives there), after making its triggers match
/// the timer bookmarks in the database: a trigger for each waiting timer (overdue ones fire at once) and
/// none for timers that are gone.
/// </summary>
internal sealed class SchedulerStartupTask(
    WorkflowEngine engine,
    ISchedulerFactory schedulers,
    SchedulerLifetime lifetime,
    ILogger<SchedulerStartupTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var timers = await engine.ListTimersAsync(cancellationToken);
        var wanted = timers.Select(t => WorkflowTimerKeys.For(t.Timer.BookmarkId)).ToHashSet();
        var existing = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(WorkflowTimerKeys.TriggerGroup), cancellationToken);
        var stale = existing.Where(key => !wanted.Contains(key)).ToList();
        foreach (var key in stale)
        {
            await scheduler.UnscheduleJob(key, cancellationToken);
        }

        foreach (var timer in timers)
        {
            await QuartzTimerScheduler.ScheduleAsync(scheduler, timer, cancellationToken);
        }

        await scheduler.Start(cancellationToken);
        lifetime.Started = scheduler;
        logger.LogInformation("Scheduler started: {Timers} timer alarms, {Stale} stale triggers removed", timers.Count, stale.Count);
    }
}
