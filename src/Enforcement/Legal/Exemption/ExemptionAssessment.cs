namespace Thads.Enforcement.Legal.Exemption;

/// <summary>The result of <see cref="ExemptionEligibility.Evaluate(ObligationFacts, DateOnly)"/>: a suggestion to show, never a status change.</summary>
/// <param name="Outcome">Eligible, not yet, or not applicable.</param>
/// <param name="Reason">Why, in Vietnamese, for the executor and the head.</param>
/// <param name="Citations">The provisions the outcome rests on.</param>
/// <param name="Threshold">The Art. 61 band applied; null when none applies.</param>
/// <param name="EligibleFrom">The first day the obligation is (or was) eligible; null when not applicable.</param>
/// <param name="NeedsFreshVerification">
/// Eligible, but the latest verification record is older than the dossier allows: verify again before proposing.
/// </param>
/// <param name="TableTitle">The threshold table used; null when the facts ruled the obligation out before any band was looked at.</param>
public sealed record ExemptionAssessment(
    ExemptionOutcome Outcome,
    string Reason,
    IReadOnlyList<LegalCitation> Citations,
    ExemptionThreshold? Threshold,
    DateOnly? EligibleFrom,
    bool NeedsFreshVerification,
    string? TableTitle)
{
    public ExemptionRelief? Relief => Threshold?.Relief;

    /// <summary>The band applied rests on an unconfirmed or carried-forward value.</summary>
    public bool NeedsReview => Threshold?.NeedsReview ?? false;

    public string? ReviewReason => Threshold?.ReviewReason;
}
