using Thads.Workflows.Runtime;

namespace Thads.Host.Demo;

/// <summary>
/// The time the demo history is written in: the engine reads it as its clock, the case service and the alerts as
/// their <see cref="TimeProvider"/>, so a task created "three months ago" has that creation time, its deadline, the
/// audit rows and the alert days all agree. It only moves forward, and only when the demo driver moves it.
/// </summary>
public sealed class DemoClock(DateTimeOffset start) : TimeProvider, IWorkflowClock
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private long _utcTicks = start.UtcTicks;

    public DateTimeOffset Now => new DateTimeOffset(Interlocked.Read(ref _utcTicks), TimeSpan.Zero).ToOffset(Vietnam);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Moves to <paramref name="to"/> when it is later; never back.</summary>
    public void MoveTo(DateTimeOffset to)
    {
        if (to.UtcTicks > Interlocked.Read(ref _utcTicks))
        {
            Interlocked.Exchange(ref _utcTicks, to.UtcTicks);
        }
    }
}
