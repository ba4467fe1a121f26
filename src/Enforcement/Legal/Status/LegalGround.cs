namespace Thads.Enforcement.Legal.Status;

/// <summary>
/// A legal ground a status change can rest on, e.g. "48.1.c" (postponement agreed by the parties). A ground exists
/// only between <see cref="ValidFrom"/> and <see cref="ValidUntil"/> (inclusive): the former Art. 51 ends on
/// 30/06/2015, Art. 44a begins on 01/07/2015.
/// </summary>
/// <param name="Code">Stable code stored with the status history: article.clause.point where known.</param>
/// <param name="Name">What the ground is, in Vietnamese.</param>
/// <param name="Citation">The provision.</param>
/// <param name="Confirmation">Whether it was checked against a public source.</param>
/// <param name="ReviewReason">What must be checked; required exactly when <see cref="NeedsReview"/>.</param>
/// <param name="ValidFrom">First day the ground exists; null when it predates every table.</param>
/// <param name="ValidUntil">Last day the ground exists; null when still in force.</param>
public sealed record LegalGround(
    string Code,
    string Name,
    LegalCitation Citation,
    ConfirmationStatus Confirmation,
    string? ReviewReason,
    DateOnly? ValidFrom = null,
    DateOnly? ValidUntil = null)
{
    public bool NeedsReview => Confirmation != ConfirmationStatus.Confirmed;

    public bool IsValidOn(DateOnly date) => (ValidFrom is null || date >= ValidFrom) && (ValidUntil is null || date <= ValidUntil);
}
