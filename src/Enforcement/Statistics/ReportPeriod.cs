using System.Globalization;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics;

/// <summary>
/// A cumulative reporting period (TT 06/2019 Art. 4, domain README §6.2 [C]): from 1 October to the last day of
/// <see cref="Month"/>. The statistical year <see cref="Year"/> runs from 01/10 of the year before to 30/09.
/// </summary>
public sealed record ReportPeriod(int Year, int Month)
{
    /// <summary>The period ending with the calendar month <paramref name="year"/>-<paramref name="month"/>.</summary>
    public static ReportPeriod EndingIn(int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Tháng phải từ 1 đến 12.");
        }

        return new ReportPeriod(month >= 10 ? year + 1 : year, month);
    }

    public static ReportPeriod Containing(DateOnly date) => EndingIn(date.Year, date.Month);

    /// <summary>Parses "yyyy-MM" (the calendar month the period ends in).</summary>
    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = null!;
        if (text is null || !DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year < 1990 || first.Year > 2100)
        {
            return false;
        }

        period = EndingIn(first.Year, first.Month);
        return true;
    }

    public DateOnly From => new(Year - 1, 10, 1);

    public DateOnly To
    {
        get
        {
            var calendarYear = Month >= 10 ? Year - 1 : Year;
            return new DateOnly(calendarYear, Month, DateTime.DaysInMonth(calendarYear, Month));
        }
    }

    /// <summary>1 for October … 12 for September (the annual report).</summary>
    public int Months => Month >= 10 ? Month - 9 : Month + 3;

    public int FromValue => StatDate.From(From);

    public int ToValue => StatDate.From(To);

    /// <summary>The calendar month "yyyy-MM", as the CLI and URLs write it.</summary>
    public string Key => To.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"9 tháng năm 2017 (01/10/2016 – 30/06/2017)".</summary>
    public string Label => (Months == 12 ? $"Năm {Year}" : $"{Months} tháng năm {Year}")
        + $" (từ {StatDate.Display(FromValue)} đến {StatDate.Display(ToValue)})";

    public ReportPeriod Next => Month == 12 ? new ReportPeriod(Year, 1) : Month == 9 ? new ReportPeriod(Year + 1, 10) : new ReportPeriod(Year, Month + 1);
}
