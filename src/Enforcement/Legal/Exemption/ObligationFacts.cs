namespace Thads.Enforcement.Legal.Exemption;

/// <summary>What the exemption rules need to know about one obligation of a case.</summary>
/// <param name="Payee">State budget or a private party.</param>
/// <param name="Amount">The obligation in the enforcement decision, VND.</param>
/// <param name="Paid">What has been collected towards it so far, VND.</param>
/// <param name="EnforcementDecisionDate">The date of the enforcement decision: Art. 61 counts the elapsed time from it.</param>
/// <param name="LatestVerification">The latest verification of the debtor, or null when none was made.</param>
public sealed record ObligationFacts(
    ObligationPayee Payee,
    decimal Amount,
    decimal Paid,
    DateOnly EnforcementDecisionDate,
    VerificationFinding? LatestVerification)
{
    /// <summary>The amount still owed: Art. 61 tests this, not the original amount (domain README §3.2, interpretation notes).</summary>
    public decimal Remaining => Amount - Paid;
}
