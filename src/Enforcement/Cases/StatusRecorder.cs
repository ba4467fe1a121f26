using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases;

/// <summary>Applies a status change that <see cref="StatusTransitions.Check"/> allowed, with its history row.</summary>
internal static class StatusRecorder
{
    public static StatusChange Apply(EnforcementCase c, EnforcementStatus to, TransitionCheck allowed, DateOnly date, string? decisionNumber, AuditStamp stamp)
    {
        if (!allowed.IsAllowed || allowed.Ground is not { } ground)
        {
            throw new InvalidOperationException("Only an allowed transition is recorded.");
        }

        var change = new StatusChange
        {
            From = c.Status,
            To = to,
            On = date,
            GroundCode = ground.Code,
            GroundCitation = ground.Citation.Label,
            DecisionNumber = string.IsNullOrWhiteSpace(decisionNumber) ? null : decisionNumber.Trim(),
            NeedsReview = allowed.NeedsReview,
            ChangedAt = stamp.At,
            ChangedBy = stamp.Actor,
        };
        c.StatusChanges.Add(change);
        c.Status = to;
        c.StatusSince = date;
        return change;
    }
}
