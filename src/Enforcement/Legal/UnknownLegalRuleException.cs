namespace Thads.Enforcement.Legal;

/// <summary>A rule name or kind the table does not have; the message lists the valid ones.</summary>
public sealed class UnknownLegalRuleException : ArgumentException
{
    private UnknownLegalRuleException(LegalRuleArgument argument, IReadOnlyList<string> validValues, string message)
        : base(message)
    {
        Argument = argument;
        ValidValues = validValues;
    }

    /// <summary>Which argument was wrong, so a caller can name its own field or option.</summary>
    public LegalRuleArgument Argument { get; }

    public IReadOnlyList<string> ValidValues { get; }

    public static UnknownLegalRuleException UnknownRule(string? name, IReadOnlyList<string> validNames) =>
        new(LegalRuleArgument.Rule, validNames,
            $"Unknown legal rule '{name}'. Valid rules: {string.Join(", ", validNames)}.");

    public static UnknownLegalRuleException UnknownKind(string rule, string kind, IReadOnlyList<string> validKinds) =>
        new(LegalRuleArgument.Kind, validKinds, validKinds.Count == 0
            ? $"Rule '{rule}' has no kind '{kind}': it has only its default row, so leave the kind out."
            : $"Rule '{rule}' has no kind '{kind}'. Valid kinds: {string.Join(", ", validKinds)}; leave the kind out for the default.");
}
