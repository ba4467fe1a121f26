namespace Thads.Enforcement.Statistics.Dashboard;

public sealed record DashboardData(
    ReportPeriod Period, string UnitName, IReadOnlyList<UnitFigures> Units, IReadOnlyList<MonthFigures> Trend, IReadOnlyList<EntryTimeliness> Timeliness);
