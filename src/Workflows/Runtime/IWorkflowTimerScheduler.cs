namespace Thads.Workflows.Runtime;

/// <summary>
/// An alarm clock for timer bookmarks (Quartz in the Host). The database stays the truth: the engine
/// tells the scheduler after each commit which timers were set or moved and which are gone, and the
/// scheduler calls <see cref="WorkflowEngine.FireTimerAsync"/> when one is due. Firing is idempotent, so a
/// late, repeated or missed alarm never changes the outcome; a periodic <see cref="WorkflowEngine.FireDueTimersAsync"/>
/// covers alarms that were never set (a crash between commit and scheduling).
/// </summary>
public interface IWorkflowTimerScheduler
{
    Task ApplyAsync(IReadOnlyList<TimerSchedule> scheduled, IReadOnlyList<BookmarkRef> removed, CancellationToken cancellationToken = default);
}
