namespace Thads.Enforcement.Legal;

/// <summary>
/// The deadline rules of one law version. Validated on construction, so a table with a duplicate row, a rule
/// without a default row, or an unconfirmed row without a review reason cannot be loaded.
/// </summary>
public sealed class LegalRuleTable : IEffectiveVersion
{
    private static readonly StringComparer NameComparer = StringComparer.OrdinalIgnoreCase;

    public LegalRuleTable(string title, DateOnly effectiveFrom, IEnumerable<LegalRule> rules)
    {
        Title = title;
        EffectiveFrom = effectiveFrom;
        Rules = rules.ToList();
        foreach (var rule in Rules)
        {
            Validate(rule);
        }

        var duplicate = Rules.GroupBy(rule => rule.Key, NameComparer).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Table '{title}' has the row '{duplicate.Key}' twice.", nameof(rules));
        }

        RuleNames = Rules.Select(rule => rule.Name).Distinct(NameComparer).ToList();
        var withoutDefault = RuleNames.FirstOrDefault(name => !Rules.Any(rule => Matches(rule, name, null)));
        if (withoutDefault is not null)
        {
            throw new ArgumentException($"Table '{title}': rule '{withoutDefault}' has no default row (kind null).", nameof(rules));
        }
    }

    public string Title { get; }

    public DateOnly EffectiveFrom { get; }

    /// <summary>Every row, in the order of the process.</summary>
    public IReadOnlyList<LegalRule> Rules { get; }

    /// <summary>Each rule name once, in table order.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>The kinds of a rule besides its default row; empty when it has none.</summary>
    public IReadOnlyList<string> KindsOf(string ruleName)
    {
        var rows = RowsOf(ruleName);
        return rows.Where(rule => rule.Kind is not null).Select(rule => rule.Kind!).ToList();
    }

    /// <summary>The row for <paramref name="ruleName"/> and <paramref name="kind"/> (null or empty: the default row).</summary>
    /// <exception cref="UnknownLegalRuleException">The name or the kind is not in the table; the message lists the valid ones.</exception>
    public LegalRule Find(string ruleName, string? kind = null)
    {
        var rows = RowsOf(ruleName);
        var wanted = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim();
        return rows.FirstOrDefault(rule => Matches(rule, rows[0].Name, wanted))
            ?? throw UnknownLegalRuleException.UnknownKind(rows[0].Name, wanted!, KindsOf(rows[0].Name));
    }

    private List<LegalRule> RowsOf(string? ruleName)
    {
        var name = ruleName?.Trim();
        var rows = Rules.Where(rule => NameComparer.Equals(rule.Name, name)).ToList();
        return rows.Count > 0 ? rows : throw UnknownLegalRuleException.UnknownRule(ruleName, RuleNames);
    }

    private static bool Matches(LegalRule rule, string name, string? kind) =>
        NameComparer.Equals(rule.Name, name) && (kind is null ? rule.Kind is null : NameComparer.Equals(rule.Kind, kind));

    private void Validate(LegalRule rule)
    {
        string? problem = null;
        if (rule.EffectiveFrom != EffectiveFrom)
        {
            problem = $"is effective from {LegalText.IsoDate(rule.EffectiveFrom)}, not the table's {LegalText.IsoDate(EffectiveFrom)}";
        }
        else if (rule.Citations.Count == 0)
        {
            problem = "cites nothing";
        }
        else if (rule.NeedsReview == string.IsNullOrWhiteSpace(rule.ReviewReason))
        {
            problem = rule.NeedsReview ? "needs review but gives no reason" : "is confirmed but has a review reason";
        }
        else if (rule.Period.Unit != Calendar.DeadlineUnit.Immediate && rule.Period.Count <= 0)
        {
            problem = "has a period without a positive count";
        }

        if (problem is not null)
        {
            throw new ArgumentException($"Table '{Title}': row '{rule.Key}' {problem}.", "rules");
        }
    }
}
