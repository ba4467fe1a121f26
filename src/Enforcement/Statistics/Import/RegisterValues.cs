using System.Globalization;

namespace Thads.Enforcement.Statistics.Import;

/// <summary>Dates and amounts as a register writes them.</summary>
public static class RegisterValues
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>yyyy-MM-dd, dd/MM/yyyy, or a spreadsheet date serial (what an .xlsx stores for a date cell).</summary>
    public static bool TryDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        text = text.Trim();
        date = default;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        if (text.Length == 10 && text[2] == '/' && text[5] == '/')
        {
            return DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        if (text.Length is >= 4 and <= 7 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial > 60)
        {
            date = ExcelEpoch.AddDays(serial);
            return true;
        }

        return false;
    }

    /// <summary>Whole VND, digits with optional "." or " " grouping (1.500.000); also a spreadsheet number like "1500000" or "1500000.0".</summary>
    public static bool TryAmount(ReadOnlySpan<char> text, out long amount)
    {
        text = text.Trim();
        amount = 0;
        if (text.EndsWith(".0", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (text.Length == 0)
        {
            return false;
        }

        // Digits, optionally grouped by three with "." or a space (Vietnamese style); anything else (a decimal part) is refused.
        var digits = 0;
        var sinceSeparator = 0;
        var grouped = false;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (amount > (long.MaxValue - 9) / 10)
                {
                    return false;
                }

                amount = amount * 10 + (c - '0');
                digits++;
                sinceSeparator++;
            }
            else if (c is '.' or ' ' or '\u00A0')
            {
                if ((grouped && sinceSeparator != 3) || (!grouped && sinceSeparator is 0 or > 3))
                {
                    return false;
                }

                grouped = true;
                sinceSeparator = 0;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && (!grouped || sinceSeparator == 3);
    }
}
