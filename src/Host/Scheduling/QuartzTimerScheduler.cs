using Quartz;
using Thads.Workflows.Runtime;

namespace Thads.Host.Scheduling;

/// <summary>
/// Mirrors the engine's timer bookmarks as Quartz triggers. The database stays the truth; a trigger is only
/// the alarm. A trigger that missed its time while the host was down fires once when it comes back
/// (misfire: fire now), never once per missed period, because each bookmark has exactly one due time.
/// </summary>
internal sealed class QuartzTimerScheduler(ISchedulerFactory schedulers, ILogger<QuartzTimerScheduler> logger) : IWorkflowTimerScheduler
{
    public async Task ApplyAsync(IReadOnlyList<TimerSchedule> scheduled, IReadOnlyList<BookmarkRef> removed, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var timer in removed)
        {
            await scheduler.UnscheduleJob(WorkflowTimerKeys.For(timer.BookmarkId), cancellationToken);
        }

        foreach (var timer in scheduled)
        {
            await ScheduleAsync(scheduler, timer, cancellationToken);
        }

        logger.LogDebug("Timers: {Scheduled} set, {Removed} removed", scheduled.Count, removed.Count);
    }

    /// <summary>Sets (or moves) the alarm of one timer.</summary>
    public static async Task ScheduleAsync(IScheduler scheduler, TimerSchedule timer, CancellationToken cancellationToken)
    {
        var key = WorkflowTimerKeys.For(timer.Timer.BookmarkId);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(WorkflowTimerKeys.TimerJob)
            .StartAt(timer.DueAt)
            .UsingJobData(WorkflowTimerKeys.InstanceData, timer.Timer.InstanceId.ToString())
            .UsingJobData(WorkflowTimerKeys.BookmarkData, timer.Timer.BookmarkId.ToString())
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        if (await scheduler.GetTrigger(key, cancellationToken) is not null)
        {
            await scheduler.RescheduleJob(key, trigger, cancellationToken);
        }
        else
        {
            await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        }
    }
}
