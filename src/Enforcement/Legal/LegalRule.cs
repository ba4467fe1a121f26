using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Legal;

/// <summary>
/// One row of a rule table: a statutory period, the event it counts from and where the law says so. A row whose
/// value is not confirmed carries <see cref="ReviewReason"/>: it is a default, never a silent constant.
/// </summary>
/// <param name="Name">The rule name used by workflows and the CLI (see <see cref="LegalRuleNames"/>).</param>
/// <param name="Kind">A variant of the rule with its own period (see <see cref="LegalRuleKinds"/>); null for the default row.</param>
/// <param name="Period">How long, in which unit; counted by <see cref="DeadlineCalculator"/>.</param>
/// <param name="CountsFrom">The triggering event whose date is passed as the "from" date.</param>
/// <param name="Citations">The provisions the row rests on, the main one first.</param>
/// <param name="Confirmation">Whether the value was checked against a public source.</param>
/// <param name="ReviewReason">What must be checked, and why; required exactly when <see cref="NeedsReview"/>.</param>
/// <param name="EffectiveFrom">The first day the row applies to an event (the effective date of its table).</param>
public sealed record LegalRule(
    string Name,
    string? Kind,
    DeadlinePeriod Period,
    string CountsFrom,
    IReadOnlyList<LegalCitation> Citations,
    ConfirmationStatus Confirmation,
    string? ReviewReason,
    DateOnly EffectiveFrom)
{
    /// <summary>The main provision.</summary>
    public LegalCitation Citation => Citations[0];

    public bool NeedsReview => Confirmation != ConfirmationStatus.Confirmed;

    /// <summary>"reverification" or "reverification/long-prison": unique within a table.</summary>
    public string Key => Kind is null ? Name : $"{Name}/{Kind}";
}
