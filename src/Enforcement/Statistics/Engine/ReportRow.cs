namespace Thads.Enforcement.Statistics.Engine;

/// <summary>One row of a report. <see cref="Key"/> identifies it for drill-down: a unit code, "office", an executor id, "unassigned" or "total".</summary>
public sealed record ReportRow(RowKind Kind, string Key, string Label, FormValues Values);
