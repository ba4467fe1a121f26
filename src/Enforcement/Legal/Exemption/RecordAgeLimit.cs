using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Legal.Exemption;

/// <summary>
/// The verification record attached to an exemption/reduction proposal may not be older than <see cref="MaxAge"/>
/// before the proposal (domain README §3.3 step 1).
/// </summary>
public sealed record RecordAgeLimit(
    DeadlinePeriod MaxAge, LegalCitation Citation, ConfirmationStatus Confirmation, string? ReviewReason)
{
    public bool NeedsReview => Confirmation != ConfirmationStatus.Confirmed;

    /// <summary>True when a record dated <paramref name="recordDate"/> is too old for a proposal on <paramref name="proposalDate"/>.</summary>
    public bool IsTooOld(DateOnly recordDate, DateOnly proposalDate) => MaxAge.Unit switch
    {
        DeadlineUnit.Month => recordDate.AddMonths(MaxAge.Count) < proposalDate,
        DeadlineUnit.Day => recordDate.AddDays(MaxAge.Count) < proposalDate,
        DeadlineUnit.Year => recordDate.AddYears(MaxAge.Count) < proposalDate,
        _ => throw new InvalidOperationException($"A record age limit must be in days, months or years, not {MaxAge}."),
    };
}
