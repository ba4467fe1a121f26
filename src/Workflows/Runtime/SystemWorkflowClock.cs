namespace Thads.Workflows.Runtime;

/// <summary>Wall-clock time in a fixed offset (Vietnam, +07:00, unless told otherwise).</summary>
public sealed class SystemWorkflowClock(TimeSpan? offset = null) : IWorkflowClock
{
    private readonly TimeSpan _offset = offset ?? TimeSpan.FromHours(7);

    public DateTimeOffset Now => DateTimeOffset.UtcNow.ToOffset(_offset);
}
