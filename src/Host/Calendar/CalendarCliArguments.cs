using System.Globalization;
using Thads.Host.Cli;

namespace Thads.Host.Calendar;

/// <summary>Reads the arguments of the <c>calendar</c> commands; every complaint names the argument.</summary>
internal static class CalendarCliArguments
{
    /// <summary>About 400 years of working days: more is a typo, and would only spin through dates.</summary>
    public const int MaxWorkingDays = 100_000;

    public static DateOnly ParseDate(string text, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliUsageException($"{name}: '{text}' is not a date in the form yyyy-MM-dd.");

    public static int ParseWorkingDays(string text, string name) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days)
            ? Math.Abs(days) <= MaxWorkingDays
                ? days
                : throw new CliUsageException($"{name}: {days} is out of range; use a count between -{MaxWorkingDays} and {MaxWorkingDays}.")
            : throw new CliUsageException($"{name}: '{text}' is not a whole number of working days.");

    public static int ParseYear(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999 && text.Length == 4
            ? year
            : throw new CliUsageException($"{name}: '{text}' is not a year (YYYY).");

    /// <summary>Refuses options the command does not know, except configuration keys (see <see cref="CalendarCliConfiguration"/>).</summary>
    public static void RejectUnknown(CliArguments args, int positionals, params string[] options)
    {
        var unknown = args.OptionNames
            .Where(name => !CalendarCliConfiguration.IsConfigurationKey(name) && !options.Contains(name, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (unknown is not null)
        {
            throw new CliUsageException($"Unknown option --{unknown}.");
        }

        if (args.Positionals.Count > positionals)
        {
            throw new CliUsageException($"Unexpected argument '{args.Positionals[positionals]}'.");
        }
    }
}
