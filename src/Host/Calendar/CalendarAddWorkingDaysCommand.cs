using System.Globalization;
using Thads.Enforcement.Calendar;
using Thads.Host.Cli;

namespace Thads.Host.Calendar;

/// <summary><c>calendar add-working-days DATE N</c>: working-day arithmetic on the stored calendar.</summary>
internal sealed class CalendarAddWorkingDaysCommand : ICliCommand
{
    public string Name => "calendar add-working-days";

    public string Usage => """
        calendar add-working-days DATE N [--ConnectionStrings:Thads VALUE]
        Prints the date N working days after DATE (yyyy-MM-dd), counting from the day after DATE and skipping
        weekends and the stored holidays; a negative N counts backwards. Uses the application database
        (ConnectionStrings:Thads), created and seeded if needed.
        """;

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CalendarCliArguments.RejectUnknown(args, positionals: 2);
        var from = CalendarCliArguments.ParseDate(args.GetPositional(0, "DATE (yyyy-MM-dd)"), "DATE");
        var days = CalendarCliArguments.ParseWorkingDays(args.GetPositional(1, "N, the number of working days"), "N");

        return CalendarCliHost.RunAsync(args, stderr, (services, _) =>
        {
            var result = services.GetRequiredService<WorkingDayCalendar>().AddWorkingDays(from, days);
            stdout.WriteLine(result.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return Task.FromResult(CliExitCodes.Success);
        }, cancellationToken);
    }
}
