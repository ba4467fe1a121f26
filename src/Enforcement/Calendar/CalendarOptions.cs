namespace Thads.Enforcement.Calendar;

/// <summary>Settings of the working-day calendar (configuration section <c>Calendar</c>).</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// Whether a <see cref="CalendarDayKind.SwapWorkday"/> Saturday counts as a working day for working-day
    /// deadlines. Default true: the agency is open that day (domain README §5.2, default policy, unconfirmed).
    /// </summary>
    public bool SwapWorkdayIsWorkingDay { get; set; } = true;
}
