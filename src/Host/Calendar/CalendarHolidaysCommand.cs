using System.Globalization;
using Thads.Enforcement.Calendar;
using Thads.Host.Cli;

namespace Thads.Host.Calendar;

/// <summary><c>calendar holidays --year YYYY</c>: the stored non-working weekdays of a year.</summary>
internal sealed class CalendarHolidaysCommand : ICliCommand
{
    private const string YearOption = "year";

    public string Name => "calendar holidays";

    public string Usage => """
        calendar holidays --year YYYY [--ConnectionStrings:Thads VALUE]
        Prints the stored non-working days of the year (holidays, compensatory and swapped days off; not weekends,
        not pending rows), one "yyyy-MM-dd occasion" per line in date order.
        """;

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CalendarCliArguments.RejectUnknown(args, positionals: 0, YearOption);
        var year = CalendarCliArguments.ParseYear(args.GetOption(YearOption)
            ?? throw new CliUsageException("Missing required option --year YYYY."), "--year");

        return CalendarCliHost.RunAsync(args, stderr, async (services, token) =>
        {
            var days = await services.GetRequiredService<CalendarService>().ListAsync(year, token);
            foreach (var day in days.Where(day => day.Kind.IsDayOff() && !WeeklyDaysOff.Contains(day.Date)).OrderBy(day => day.Date))
            {
                stdout.WriteLine($"{day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {day.Occasion}");
            }

            return CliExitCodes.Success;
        }, cancellationToken);
    }
}
