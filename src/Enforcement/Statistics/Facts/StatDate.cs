using System.Globalization;

namespace Thads.Enforcement.Statistics.Facts;

/// <summary>
/// Dates in the fact table are yyyyMMdd integers: compact, ordered like dates, readable in a SQL shell, and cheap to
/// compare while a national report scans every row.
/// </summary>
public static class StatDate
{
    public static int From(DateOnly date) => (date.Year * 100 + date.Month) * 100 + date.Day;

    public static int? From(DateOnly? date) => date is { } d ? From(d) : null;

    public static DateOnly ToDate(int value) => new(value / 10000, value / 100 % 100, value % 100);

    public static int NextDay(int value) => From(ToDate(value).AddDays(1));

    public static int PreviousDay(int value) => From(ToDate(value).AddDays(-1));

    public static string Iso(int value) => ToDate(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Display(int value) => ToDate(value).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
