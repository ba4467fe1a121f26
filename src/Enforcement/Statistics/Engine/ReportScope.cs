namespace Thads.Enforcement.Statistics.Engine;

/// <summary>Whose figures a report gives: a unit with its subtree (null code: every unit), optionally one executor.</summary>
public sealed record ReportScope(string? UnitCode, string UnitName, int? ExecutorId, string? ExecutorName, RowGrouping Grouping);
