using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// The one time of a scenario: the engine reads it as its <see cref="IWorkflowClock"/>, the case service, the
/// alerts and the mail outbox as their <see cref="TimeProvider"/>. One instance for both, so a deadline the
/// engine times, the day an alert is raised on and the "today" the case rules check can never disagree.
/// It moves only when the scenario moves it (through <see cref="ScenarioHost.AdvanceAsync"/>).
/// </summary>
public sealed class ScenarioClock(DateTimeOffset start) : TimeProvider, IWorkflowClock
{
    /// <summary>Monday 02/03/2026, 08:00 in Hà Nội: a working day well after the 07/2025 reorganisation.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private long _utcTicks = start.UtcTicks;

    public ScenarioClock()
        : this(Start)
    {
    }

    /// <summary>Now, in Vietnam time (the offset every date in the domain is read in).</summary>
    public DateTimeOffset Now => new DateTimeOffset(Interlocked.Read(ref _utcTicks), TimeSpan.Zero).ToOffset(Vietnam);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Moves the clock forward to <paramref name="to"/>; time never runs backwards in a scenario.</summary>
    internal void MoveTo(DateTimeOffset to)
    {
        if (to.UtcTicks < Interlocked.Read(ref _utcTicks))
        {
            throw new InvalidOperationException($"The scenario clock cannot go back from {Now:O} to {to:O}.");
        }

        Interlocked.Exchange(ref _utcTicks, to.UtcTicks);
    }
}
