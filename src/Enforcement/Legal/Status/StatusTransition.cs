namespace Thads.Enforcement.Legal.Status;

/// <summary>One allowed status change and the grounds that can justify it.</summary>
/// <param name="From">The current status; null for a case that has none yet (creation or legacy import).</param>
/// <param name="To">The new status.</param>
/// <param name="GroundCodes">The <see cref="LegalGround.Code"/>s of which the change needs exactly one.</param>
/// <param name="Basis">Why the law allows the change, with the article.</param>
public sealed record StatusTransition(
    EnforcementStatus? From, EnforcementStatus To, IReadOnlyList<string> GroundCodes, string Basis);
