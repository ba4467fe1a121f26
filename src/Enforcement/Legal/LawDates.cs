namespace Thads.Enforcement.Legal;

/// <summary>The dates on which the legal texts behind the rule tables changed (domain README §0.1–0.3, all confirmed).</summary>
public static class LawDates
{
    /// <summary>Law 64/2014/QH13 takes effect: the consolidated VBHN 12/2014 text applies, Art. 51 is repealed, Art. 44a added.</summary>
    public static DateOnly AmendingLaw2014EffectiveFrom { get; } = new(2015, 7, 1);

    /// <summary>The two-tier reorganisation: no delegation between regional offices of one province (domain README §0.2).</summary>
    public static DateOnly Reorganisation2025EffectiveFrom { get; } = new(2025, 7, 1);

    /// <summary>Law 106/2025/QH15 replaces the 2008 law (domain README §0.3).</summary>
    public static DateOnly Law2025EffectiveFrom { get; } = new(2026, 7, 1);
}
