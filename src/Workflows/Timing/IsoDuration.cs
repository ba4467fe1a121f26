using System.Globalization;
using System.Text;

namespace Thads.Workflows.Timing;

/// <summary>
/// An ISO 8601 duration such as <c>P1Y2M</c>, <c>P3W</c> or <c>PT1H30M0.5S</c>. Years and months have no
/// fixed length, so the components are kept apart and only resolved against a start time in <see cref="AddTo"/>.
/// Every value that <see cref="TryParse"/> accepts can be added to any time in the year-1 to 9999 range
/// without overflowing <see cref="TimeSpan"/>; only the final date can fall outside that range.
/// </summary>
public readonly record struct IsoDuration
{
    public IsoDuration(int years, int months, int weeks, int days, int hours, int minutes, decimal seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        if (!IsoDurationParser.FitsArithmetic(years, months, weeks, days, hours, minutes, seconds))
        {
            throw new ArgumentOutOfRangeException(nameof(years), "The duration is too long to be added to a date.");
        }

        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    public int Years { get; }

    public int Months { get; }

    public int Weeks { get; }

    public int Days { get; }

    public int Hours { get; }

    public int Minutes { get; }

    /// <summary>Seconds, possibly fractional (precision beyond 100 ns is dropped when added to a date).</summary>
    public decimal Seconds { get; }

    /// <summary>Weeks and days together, in days. Working-day calendars count these as working days.</summary>
    public int WholeDays => (Weeks * 7) + Days;

    /// <summary>The hours, minutes and seconds as one span.</summary>
    public TimeSpan TimePart => TimeSpan.FromTicks(
        (Hours * TimeSpan.TicksPerHour) + (Minutes * TimeSpan.TicksPerMinute) + (long)(Seconds * TimeSpan.TicksPerSecond));

    /// <summary>True when years or months are present, so the length depends on the start date.</summary>
    public bool HasCalendarUnits => Years != 0 || Months != 0;

    /// <summary>True for durations made only of weeks and days (e.g. <c>P5D</c>), the form working-day timers use.</summary>
    public bool IsWholeDays => !HasCalendarUnits && TimePart == TimeSpan.Zero;

    public bool IsZero => !HasCalendarUnits && WholeDays == 0 && TimePart == TimeSpan.Zero;

    /// <summary>The exact length, or null when years or months make it depend on the start date.</summary>
    public TimeSpan? ExactLength => HasCalendarUnits ? null : TimeSpan.FromDays(WholeDays) + TimePart;

    public static bool TryParse(string? text, out IsoDuration duration) => IsoDurationParser.TryParse(text, out duration);

    /// <exception cref="FormatException">The text is not an ISO 8601 duration.</exception>
    public static IsoDuration Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException($"'{text}' is not an ISO 8601 duration.");

    /// <summary>
    /// Adds the duration the way XML Schema does: years and months first (clamping the day to the month's
    /// length, so 31 January + P1M is 28 or 29 February), then days, then the time part.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported date range.</exception>
    public DateTimeOffset AddTo(DateTimeOffset start) =>
        start.AddMonths(checked((Years * 12) + Months)).AddDays(WholeDays).Add(TimePart);

    public bool TryAddTo(DateTimeOffset start, out DateTimeOffset result)
    {
        try
        {
            result = AddTo(start);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            result = default;
            return false;
        }
    }

    /// <summary>This duration with every component multiplied by <paramref name="factor"/>, or false on overflow.</summary>
    public bool TryMultiply(int factor, out IsoDuration product)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(factor);
        product = default;
        try
        {
            var years = checked(Years * factor);
            var months = checked(Months * factor);
            var weeks = checked(Weeks * factor);
            var days = checked(Days * factor);
            var hours = checked(Hours * factor);
            var minutes = checked(Minutes * factor);
            var seconds = Seconds * factor;
            if (!IsoDurationParser.FitsArithmetic(years, months, weeks, days, hours, minutes, seconds))
            {
                return false;
            }

            product = new IsoDuration(years, months, weeks, days, hours, minutes, seconds);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The canonical ISO 8601 text, e.g. <c>P1DT2H</c>; the zero duration is <c>PT0S</c>.</summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Weeks, 'W');
        Append(text, Days, 'D');
        if (Hours != 0 || Minutes != 0 || Seconds != 0)
        {
            text.Append('T');
            Append(text, Hours, 'H');
            Append(text, Minutes, 'M');
            if (Seconds != 0)
            {
                text.Append(Seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, int value, char designator)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
        }
    }
}
