namespace Thads.Enforcement.Statistics.Dashboard;

/// <summary>
/// How promptly a unit enters what happens (status changes, money, verifications of live cases in the period): the
/// delay between an event's date and the day it was entered, and the share entered in the last three days of a month
/// (the month-end rush the General Department asks to stop, legacy.md).
/// </summary>
public sealed record EntryTimeliness(string Key, string Label, int Events, double AverageDelayDays, double SameDayShare, double LateShare, double MonthEndShare)
{
    public const int LateAfterDays = 7;
}
