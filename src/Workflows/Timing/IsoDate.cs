using System.Globalization;
using System.Text.RegularExpressions;

namespace Thads.Workflows.Timing;

/// <summary>
/// Reads ISO 8601 dates and date-times in the extended format BPMN tools write: <c>2025-03-01</c>,
/// <c>2025-03-01T08:30</c>, <c>2025-03-01T08:30:00.5</c>, each optionally followed by <c>Z</c>, <c>+07:00</c>,
/// <c>+0700</c> or <c>+07</c>. A value without an offset is local time of the engine, whose offset the caller
/// passes (Vietnam, +07:00, unless configured otherwise); a date without a time means midnight.
/// </summary>
public static partial class IsoDate
{
    /// <summary>The offset of Indochina Time, which the case-management offices use all year (no daylight saving).</summary>
    public static readonly TimeSpan DefaultOffset = TimeSpan.FromHours(7);

    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    public static bool TryParse(string? text, out DateTimeOffset value) => TryParse(text, DefaultOffset, out value);

    public static bool TryParse(string? text, TimeSpan offsetWhenMissing, out DateTimeOffset value)
    {
        value = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = Number(match, "year");
        var month = Number(match, "month");
        var day = Number(match, "day");
        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        var second = Number(match, "second");
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        if (!TryReadOffset(match.Groups["offset"].Value, offsetWhenMissing, out var offset))
        {
            return false;
        }

        var ticks = FractionTicks(match.Groups["fraction"].Value);
        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // 0001-01-01T00:00+01:00 is before DateTimeOffset.MinValue in UTC.
            return false;
        }
    }

    // [0-9] rather than \d: \d also matches non-ASCII digits, which int.Parse would refuse.
    [GeneratedRegex(
        @"^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})" +
        @"(?:T(?<hour>[0-9]{2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:[.,](?<fraction>[0-9]{1,9}))?)?" +
        @"(?<offset>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    private static long FractionTicks(string fraction) =>
        fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0')[..7], NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryReadOffset(string text, TimeSpan whenMissing, out TimeSpan offset)
    {
        offset = whenMissing;
        if (text.Length == 0)
        {
            return true;
        }

        if (text == "Z")
        {
            offset = TimeSpan.Zero;
            return true;
        }

        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[2..], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        if (minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return offset.Duration() <= MaxOffset;
    }
}
