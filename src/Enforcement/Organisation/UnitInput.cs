namespace Thads.Enforcement.Organisation;

/// <summary>What an administrator writes for a unit; see <see cref="Unit"/> for the meaning of each value.</summary>
public sealed record UnitInput(
    string Code,
    string Name,
    UnitKind Kind,
    int? ParentId,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    int? SucceededById,
    bool IssuesDecisions = true,
    bool HoldsMoney = true);
