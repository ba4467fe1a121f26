namespace Thads.Enforcement.Cases;

/// <summary>The kind of judgment enforced: the breakdown the statistical indicators require (TT 10/2017 Annex II §19, domain README §6.3).</summary>
public enum JudgmentType
{
    Civil,
    Criminal,
    Administrative,
    MarriageAndFamily,
    BusinessCommercial,
    Labour,
    Bankruptcy,
    Arbitration,
    Other,
}
