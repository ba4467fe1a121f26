namespace Thads.Workflows.Runtime;

/// <summary>A clock that only moves when told to: timers fire when the engine is asked after an advance.</summary>
public sealed class VirtualWorkflowClock(DateTimeOffset start) : IWorkflowClock
{
    private long _ticks = start.UtcTicks;
    private readonly TimeSpan _offset = start.Offset;

    public DateTimeOffset Now => new DateTimeOffset(Interlocked.Read(ref _ticks), TimeSpan.Zero).ToOffset(_offset);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void Set(DateTimeOffset to) => Interlocked.Exchange(ref _ticks, to.UtcTicks);
}
