using Thads.Enforcement.Calendar;
using Thads.Enforcement.Legal;
using Thads.Host.Calendar;
using Thads.Host.Cli;

namespace Thads.Host.Legal;

/// <summary><c>legal rules [--on DATE]</c>: the deadline rule table in force on a date, for reviewers.</summary>
internal sealed class LegalRulesCommand(TimeProvider time) : ICliCommand
{
    public LegalRulesCommand()
        : this(TimeProvider.System)
    {
    }

    public string Name => "legal rules";

    public string Usage => """
        legal rules [--on yyyy-MM-dd]
        Prints the deadline rules in force for events on the date (default: today in Vietnam): one line per rule and
        kind with its period, main citation and confirmation status. Rows marked "needs review" are defaults until
        checked against the official text.
        """;

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CalendarCliArguments.RejectUnknown(args, positionals: 0, LegalCliArguments.OnOption);
        var on = args.Has(LegalCliArguments.OnOption)
            ? LegalCliArguments.RequireDate(args, LegalCliArguments.OnOption)
            : VietnamTime.DateOf(time.GetUtcNow());
        LegalRuleTableWriter.Write(stdout, LegalCliArguments.TableOn(on, LegalCliArguments.OnOption), on);
        return Task.FromResult(CliExitCodes.Success);
    }
}
