using Thads.Enforcement.Legal;
using Thads.Host.Calendar;
using Thads.Host.Cli;

namespace Thads.Host.Legal;

/// <summary>
/// Reads the arguments of the <c>legal</c> commands before anything else runs, so a bad rule, kind or date exits 2
/// without touching the database; every complaint names the option and lists the valid values.
/// </summary>
internal static class LegalCliArguments
{
    public const string RuleOption = "rule";
    public const string FromOption = "from";
    public const string KindOption = "kind";
    public const string OnOption = "on";

    public static string ValidRules => string.Join(", ", LegalRuleBook.Standard.RuleNames);

    public static string RequireRuleName(CliArguments args)
    {
        var name = args.GetOption(RuleOption)
            ?? throw new CliUsageException($"Missing required option --{RuleOption} NAME. Valid rules: {ValidRules}.");
        return LegalRuleBook.Standard.RuleNames.FirstOrDefault(known => string.Equals(known, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CliUsageException($"--{RuleOption}: unknown rule '{name}'. Valid rules: {ValidRules}.");
    }

    public static DateOnly RequireDate(CliArguments args, string option) =>
        CalendarCliArguments.ParseDate(
            args.GetOption(option) ?? throw new CliUsageException($"Missing required option --{option} yyyy-MM-dd."), $"--{option}");

    /// <summary>The value of <c>--kind</c>, null when absent; a bare <c>--kind</c> is a usage error.</summary>
    public static string? OptionalKind(CliArguments args) =>
        args.Has(KindOption)
            ? args.GetOption(KindOption) ?? throw new CliUsageException($"--{KindOption} needs a value.")
            : null;

    /// <summary>The rule table in force on <paramref name="date"/>; a date before the first table is a usage error of <paramref name="option"/>.</summary>
    public static LegalRuleTable TableOn(DateOnly date, string option)
    {
        try
        {
            return LegalRuleBook.For(date);
        }
        catch (LegalDateOutOfRangeException exception)
        {
            throw new CliUsageException($"--{option}: {exception.Message}");
        }
    }

    /// <summary>The row for the rule and kind in the table in force on <paramref name="from"/>.</summary>
    public static LegalRule ResolveRule(string ruleName, string? kind, DateOnly from)
    {
        var table = TableOn(from, FromOption);
        try
        {
            return table.Find(ruleName, kind);
        }
        catch (UnknownLegalRuleException exception)
        {
            var option = exception.Argument == LegalRuleArgument.Kind ? KindOption : RuleOption;
            throw new CliUsageException($"--{option}: {exception.Message}");
        }
    }
}
