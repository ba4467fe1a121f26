namespace Thads.Enforcement.Statistics.Dashboard;

/// <summary>The cumulative report to one month of the year (cases): new, completed, with/without conditions, rate.</summary>
public sealed record MonthFigures(string Month, long New, long Done, long WithConditions, long NoConditions, decimal? Rate);
