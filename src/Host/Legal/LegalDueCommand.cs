using Thads.Enforcement.Calendar;
using Thads.Enforcement.Legal;
using Thads.Host.Calendar;
using Thads.Host.Cli;

namespace Thads.Host.Legal;

/// <summary><c>legal due --rule NAME --from DATE [--kind KIND]</c>: the due date a legal rule gives, on the stored calendar.</summary>
internal sealed class LegalDueCommand : ICliCommand
{
    public string Name => "legal due";

    public string Usage => """
        legal due --rule NAME --from yyyy-MM-dd [--kind KIND] [--ConnectionStrings:Thads VALUE]
        Prints the due date (yyyy-MM-dd) of rule NAME for an event on the --from date, using the rule table in force
        on that date and the stored working-day calendar (created and seeded if needed). KIND selects a variant of
        the rule, e.g. --rule reverification --kind long-prison. `legal rules` lists every rule and kind. A note goes
        to stderr when the rule's value needs legal review.
        """;

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CalendarCliArguments.RejectUnknown(args, positionals: 0,
            LegalCliArguments.RuleOption, LegalCliArguments.FromOption, LegalCliArguments.KindOption);
        var ruleName = LegalCliArguments.RequireRuleName(args);
        var from = LegalCliArguments.RequireDate(args, LegalCliArguments.FromOption);
        var rule = LegalCliArguments.ResolveRule(ruleName, LegalCliArguments.OptionalKind(args), from);

        // The calendar commands' host: same configuration, database start-up and calendar registration.
        return CalendarCliHost.RunAsync(args, stderr, (services, _) =>
        {
            var deadline = new LegalRules(services.GetRequiredService<DeadlineCalculator>()).Due(rule.Name, from, rule.Kind);
            stdout.WriteLine(LegalText.IsoDate(deadline.DueDate));
            if (deadline.NeedsReview)
            {
                stderr.WriteLine($"legal: {rule.Key} needs legal review: {rule.ReviewReason}");
            }

            return Task.FromResult(CliExitCodes.Success);
        }, cancellationToken);
    }
}
