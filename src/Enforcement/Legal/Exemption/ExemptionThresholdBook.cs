namespace Thads.Enforcement.Legal.Exemption;

/// <summary>Every version of the Art. 61 thresholds; the one applied is the one in force on the review date.</summary>
public sealed class ExemptionThresholdBook(IEnumerable<ExemptionThresholdTable> tables)
{
    /// <summary>The shipped tables: VBHN 12/2014 from 01/07/2015, Law 106/2025 (values carried forward) from 01/07/2026.</summary>
    public static ExemptionThresholdBook Standard { get; } = CreateStandard();

    public EffectiveVersions<ExemptionThresholdTable> Versions { get; } = new(tables);

    /// <summary>The standard table in force on <paramref name="date"/>.</summary>
    public static ExemptionThresholdTable For(DateOnly date) => Standard.Versions.InForceOn(date);

    private static ExemptionThresholdBook CreateStandard()
    {
        var consolidated2014 = Vbhn2014ExemptionThresholds.Create();
        return new ExemptionThresholdBook([consolidated2014, Law2025ExemptionThresholds.Create(consolidated2014)]);
    }
}
