namespace Thads.Enforcement.Calendar;

/// <summary>
/// Saturday and Sunday are the weekly days off (ngày nghỉ hằng tuần) of civil servants: the 40-hour week of
/// Decision 188/1999/QĐ-TTg, which the 2026 swap announcements still apply when they call Saturday a weekly day
/// off (domain README §5.2; the decision itself was not re-checked).
/// </summary>
public static class WeeklyDaysOff
{
    public static bool Contains(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
