namespace Thads.Enforcement.Calendar;

/// <summary>
/// The last day of a period: the period ends at the close of <see cref="LastDay"/> (Civil Code 2015, Art. 148).
/// <see cref="CalendarVersion"/> is the calendar it was computed with, so a deadline computed before a holiday was
/// added or changed can be recognised and recomputed.
/// </summary>
public sealed record Deadline(DateOnly LastDay, long CalendarVersion);
