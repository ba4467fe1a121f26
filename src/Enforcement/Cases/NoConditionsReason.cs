namespace Thads.Enforcement.Cases;

/// <summary>
/// Why a verification found no conditions: a ground of Art. 44a cl. 1, refined where the re-verification cadence of
/// Art. 44 cl. 4 depends on the facts (domain README §2.6–2.7). <see cref="NoConditionsReasons"/> maps each to its
/// legal ground and cadence.
/// </summary>
public enum NoConditionsReason
{
    /// <summary>44a.1.a: no income (or only enough to live on) and no assets that can be enforced against.</summary>
    NoIncomeOrAssets,

    /// <summary>44a.1.a while serving a prison sentence with 2 years or more left: re-verified yearly (Art. 44 cl. 4).</summary>
    ImprisonedNoIncomeOrAssets,

    /// <summary>44a.1.b: a specific item to return no longer exists or is beyond use, or papers cannot be recovered.</summary>
    ItemGone,

    /// <summary>44a.1.c: the debtor's address or residence cannot be established: re-verified yearly (Art. 44 cl. 4).</summary>
    AddressUnknown,
}
