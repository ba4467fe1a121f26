using Thads.Enforcement.Legal.Status;

namespace Thads.Host.Cases.Api;

/// <param name="GroundName">What the legal ground says, when the code is in the table.</param>
public sealed record StatusChangeView(
    EnforcementStatus? From, EnforcementStatus To, DateOnly On, string GroundCode, string? GroundName, string GroundCitation,
    string? DecisionNumber, DateTimeOffset ChangedAt, string ChangedBy);
