using System.Globalization;

namespace Thads.Workflows.Timing;

/// <summary>
/// The grammar <c>PnYnMnWnDTnHnMn.nS</c> (components in that order, each optional, at least one present;
/// only seconds may have a fraction, written with <c>.</c> or <c>,</c>). Signs and lower-case designators are
/// refused: BPMN tools never write them, so seeing one most likely means a typo.
/// </summary>
internal static class IsoDurationParser
{
    private const int MaxYears = 9998;

    // A bounded digit count keeps every component inside long before the range checks below.
    private const int MaxDigits = 15;

    private static readonly char[] DateDesignators = ['Y', 'M', 'W', 'D'];
    private static readonly char[] TimeDesignators = ['H', 'M', 'S'];

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s[0] != 'P' || s.Length < 2)
        {
            return false;
        }

        var timeStart = s.IndexOf('T', StringComparison.Ordinal);
        var datePart = timeStart < 0 ? s[1..] : s[1..timeStart];
        var timePart = timeStart < 0 ? null : s[(timeStart + 1)..];
        if (timePart is { Length: 0 })
        {
            return false;
        }

        var date = new decimal[DateDesignators.Length];
        var time = new decimal[TimeDesignators.Length];
        if (!TryReadComponents(datePart, DateDesignators, date, fractionAllowedOn: null)
            || (timePart is not null && !TryReadComponents(timePart, TimeDesignators, time, fractionAllowedOn: 'S')))
        {
            return false;
        }

        if (!FitsArithmetic(date[0], date[1], date[2], date[3], time[0], time[1], time[2]))
        {
            return false;
        }

        duration = new IsoDuration((int)date[0], (int)date[1], (int)date[2], (int)date[3], (int)time[0], (int)time[1], time[2]);
        return true;
    }

    /// <summary>
    /// True when the components can be added to a date without any intermediate overflow: calendar months stay
    /// inside the 10,000-year range <see cref="DateTime"/> supports and the fixed part fits a <see cref="TimeSpan"/>.
    /// </summary>
    public static bool FitsArithmetic(decimal years, decimal months, decimal weeks, decimal days, decimal hours, decimal minutes, decimal seconds)
    {
        if (years > MaxYears || (years * 12) + months > MaxYears * 12
            || weeks > int.MaxValue || days > int.MaxValue || hours > int.MaxValue || minutes > int.MaxValue)
        {
            return false;
        }

        var ticks = (((weeks * 7) + days) * TimeSpan.TicksPerDay)
            + (hours * TimeSpan.TicksPerHour)
            + (minutes * TimeSpan.TicksPerMinute)
            + (seconds * TimeSpan.TicksPerSecond);
        return ticks <= TimeSpan.MaxValue.Ticks;
    }

    private static bool TryReadComponents(string part, char[] designators, decimal[] values, char? fractionAllowedOn)
    {
        var position = 0;
        var next = 0;
        var sawAny = false;
        while (position < part.Length)
        {
            var numberStart = position;
            while (position < part.Length && (char.IsAsciiDigit(part[position]) || part[position] is '.' or ','))
            {
                position++;
            }

            if (position == numberStart || position == part.Length)
            {
                return false;
            }

            var designator = part[position];
            var slot = Array.IndexOf(designators, designator, next);
            if (slot < 0)
            {
                return false;
            }

            var number = part[numberStart..position];
            var hasFraction = number.Contains('.') || number.Contains(',');
            if ((hasFraction && designator != fractionAllowedOn) || !TryReadNumber(number, out values[slot]))
            {
                return false;
            }

            // A fraction is only allowed on the last component, so nothing may follow it.
            if (hasFraction && position != part.Length - 1)
            {
                return false;
            }

            next = slot + 1;
            position++;
            sawAny = true;
        }

        return sawAny || part.Length == 0;
    }

    private static bool TryReadNumber(string number, out decimal value)
    {
        value = 0;
        var normalized = number.Replace(',', '.');
        var separator = normalized.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = separator < 0 ? normalized.Length : separator;
        if (integerDigits == 0 || integerDigits > MaxDigits || separator == normalized.Length - 1
            || normalized.IndexOf('.', separator + 1) >= 0)
        {
            return false;
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
