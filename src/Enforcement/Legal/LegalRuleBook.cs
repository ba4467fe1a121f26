namespace Thads.Enforcement.Legal;

/// <summary>
/// Every version of the deadline rules. The version applied to a deadline is the one in force on the date of the
/// event it counts from: an event on 30/06/2026 follows the 2014 text, one on 01/07/2026 the 2025 law.
/// </summary>
public sealed class LegalRuleBook
{
    public LegalRuleBook(IEnumerable<LegalRuleTable> tables)
    {
        Versions = new EffectiveVersions<LegalRuleTable>(tables);
        RuleNames = Versions.All.SelectMany(table => table.RuleNames).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The shipped tables: VBHN 12/2014 from 01/07/2015, Law 106/2025 (values carried forward) from 01/07/2026.</summary>
    public static LegalRuleBook Standard { get; } = CreateStandard();

    public EffectiveVersions<LegalRuleTable> Versions { get; }

    /// <summary>Every rule name of every version, in table order: the list the CLI offers.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>The standard table in force on <paramref name="date"/>.</summary>
    /// <exception cref="LegalDateOutOfRangeException">The date is before 01/07/2015.</exception>
    public static LegalRuleTable For(DateOnly date) => Standard.InForceOn(date);

    /// <exception cref="LegalDateOutOfRangeException">The date is before the first version.</exception>
    public LegalRuleTable InForceOn(DateOnly date) => Versions.InForceOn(date);

    private static LegalRuleBook CreateStandard()
    {
        var consolidated2014 = Vbhn2014RuleTable.Create();
        return new LegalRuleBook([consolidated2014, Law2025RuleTable.Create(consolidated2014)]);
    }
}
