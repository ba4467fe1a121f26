using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Legal.Exemption;

/// <summary>
/// One band of Art. 61: obligations in a payment state whose remainder lies in [<see cref="MinimumRemaining"/>,
/// <see cref="RemainingBelow"/>) become eligible for <see cref="Relief"/> once <see cref="Elapsed"/> has passed since
/// the enforcement decision.
/// </summary>
/// <param name="Ground">The provision's short code, "61.1".</param>
/// <param name="Payment">Nothing paid (cl. 1) or part paid (cl. 2–3).</param>
/// <param name="MinimumRemaining">Lowest remainder in the band, inclusive, VND.</param>
/// <param name="RemainingBelow">Remainder must be below this, VND; null for no upper bound.</param>
/// <param name="Elapsed">Time that must have passed since the enforcement decision ("hết thời hạn 05 năm").</param>
/// <param name="Relief">Exemption or reduction.</param>
/// <param name="Citation">The provision.</param>
/// <param name="Confirmation">Whether the band was checked against a public source.</param>
/// <param name="ReviewReason">What must be checked; required exactly when <see cref="NeedsReview"/>.</param>
/// <param name="EffectiveFrom">The effective date of the table the row belongs to.</param>
public sealed record ExemptionThreshold(
    string Ground,
    PaymentState Payment,
    decimal MinimumRemaining,
    decimal? RemainingBelow,
    DeadlinePeriod Elapsed,
    ExemptionRelief Relief,
    LegalCitation Citation,
    ConfirmationStatus Confirmation,
    string? ReviewReason,
    DateOnly EffectiveFrom)
{
    public bool NeedsReview => Confirmation != ConfirmationStatus.Confirmed;

    public bool Covers(PaymentState payment, decimal remaining) =>
        payment == Payment && remaining >= MinimumRemaining && (RemainingBelow is null || remaining < RemainingBelow);

    /// <summary>
    /// "Hết thời hạn 05 năm kể từ ngày ra quyết định": the period ends on the anniversary (Civil Code 2015, Art. 148
    /// cl. 3–4; AddYears clamps 29/02 to 28/02 as cl. 4 says), so the obligation is eligible from the day after
    /// (domain README §3.2, §5.3). Not moved off non-working days: this is a condition, not an act to perform.
    /// </summary>
    public DateOnly EligibleFrom(DateOnly enforcementDecisionDate) => EndOfElapsed(enforcementDecisionDate).AddDays(1);

    private DateOnly EndOfElapsed(DateOnly enforcementDecisionDate) => Elapsed.Unit switch
    {
        DeadlineUnit.Year => enforcementDecisionDate.AddYears(Elapsed.Count),
        DeadlineUnit.Month => enforcementDecisionDate.AddMonths(Elapsed.Count),
        DeadlineUnit.Day => enforcementDecisionDate.AddDays(Elapsed.Count),
        _ => throw new InvalidOperationException($"Threshold {Ground}: elapsed time must be in days, months or years, not {Elapsed}."),
    };
}
