namespace Thads.Enforcement.Statistics.Engine;

/// <summary>A report with its JSON; for a closed period both come from the stored snapshot, byte for byte.</summary>
public sealed record ReportResult(StatisticsReport Report, byte[] Json, bool FromClosedSnapshot);
