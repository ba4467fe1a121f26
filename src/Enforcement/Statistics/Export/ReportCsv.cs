using System.Globalization;
using System.Text;
using Thads.Enforcement.Statistics.Engine;

namespace Thads.Enforcement.Statistics.Export;

/// <summary>
/// The report as CSV (UTF-8 with BOM so spreadsheet programs read the Vietnamese): a header naming each column by
/// its number and title, one line per row, the total last. Rates use a decimal point.
/// </summary>
public static class ReportCsv
{
    public static byte[] Write(StatisticsReport report)
    {
        var text = new StringBuilder();
        text.Append("loai,ma,ten");
        foreach (var column in report.Definition.Columns)
        {
            text.Append(',').Append(Quote($"({column.Number}) {column.Title}"));
        }

        text.Append("\r\n");
        foreach (var row in report.RowsWithTotal)
        {
            text.Append(row.Kind.ToString().ToLowerInvariant()).Append(',').Append(Quote(row.Key)).Append(',').Append(Quote(row.Label));
            foreach (var column in report.Definition.Columns)
            {
                text.Append(',').Append(row.Values.Value(column.Measure)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            }

            text.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
