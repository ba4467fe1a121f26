namespace Thads.Enforcement.Statistics.Export;

public enum ReportFormat
{
    Json,
    Csv,
    Xlsx,
}
