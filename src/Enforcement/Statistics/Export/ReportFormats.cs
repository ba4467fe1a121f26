namespace Thads.Enforcement.Statistics.Export;

public static class ReportFormats
{
    public static bool TryParse(string? text, out ReportFormat format)
    {
        format = default;
        return text?.Trim().ToLowerInvariant() switch
        {
            "json" => Set(ReportFormat.Json, out format),
            "csv" => Set(ReportFormat.Csv, out format),
            "xlsx" => Set(ReportFormat.Xlsx, out format),
            _ => false,
        };
    }

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Json => "application/json; charset=utf-8",
        ReportFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static string Extension(ReportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The file as the format writes it.</summary>
    public static byte[] Write(Engine.StatisticsReport report, ReportFormat format) => format switch
    {
        ReportFormat.Json => ReportJson.Write(report),
        ReportFormat.Csv => ReportCsv.Write(report),
        _ => ReportXlsx.Write(report),
    };

    private static bool Set(ReportFormat value, out ReportFormat format)
    {
        format = value;
        return true;
    }
}
