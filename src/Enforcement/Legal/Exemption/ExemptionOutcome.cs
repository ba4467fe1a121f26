namespace Thads.Enforcement.Legal.Exemption;

public enum ExemptionOutcome
{
    /// <summary>A threshold of Art. 61 is met on the as-of date: propose exemption or reduction.</summary>
    Eligible,

    /// <summary>A threshold applies but its elapsed time is not over yet; the assessment says from when.</summary>
    NotYet,

    /// <summary>No threshold can apply as things stand (private obligation, nothing owed, debtor has conditions, amount outside every band).</summary>
    NotApplicable,
}
