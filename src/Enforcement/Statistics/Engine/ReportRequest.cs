namespace Thads.Enforcement.Statistics.Engine;

/// <summary>What to report on: the period, the unit (null: all units, the national report) and optionally one executor.</summary>
public sealed record ReportRequest(ReportPeriod Period, string? UnitCode = null, int? ExecutorId = null, RowGrouping Grouping = RowGrouping.Auto);
