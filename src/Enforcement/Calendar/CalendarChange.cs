namespace Thads.Enforcement.Calendar;

/// <summary>The dates whose working-day status may have changed, and the calendar version that includes the change.</summary>
public sealed record CalendarChange(IReadOnlyList<DateOnly> Dates, long Version);
