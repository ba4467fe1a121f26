namespace Thads.Enforcement.Legal.Status;

/// <summary>The answer of <see cref="StatusTransitions.Check"/>: allowed with the ground applied, or refused naming the field.</summary>
/// <param name="IsAllowed">Whether the law allows the change.</param>
/// <param name="Field">For a refusal, the field at fault (one of <see cref="TransitionFields"/>); null when allowed.</param>
/// <param name="Message">Vietnamese; a refusal starts with the field name: "Căn cứ pháp lý: …".</param>
/// <param name="Ground">The ground applied; null when refused.</param>
/// <param name="ReviewReasons">Why the allowed change rests on something unconfirmed; empty when it does not.</param>
public sealed record TransitionCheck(
    bool IsAllowed, string? Field, string Message, LegalGround? Ground, IReadOnlyList<string> ReviewReasons)
{
    public bool NeedsReview => ReviewReasons.Count > 0;

    public static TransitionCheck Refused(string field, string message) => new(false, field, $"{field}: {message}", null, []);
}
