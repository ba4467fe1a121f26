using Thads.Enforcement.Organisation;

namespace Thads.Host.Admin.Units;

/// <summary>A unit as the administration shows it; <see cref="Depth"/> is its level below the administrator's own unit (0).</summary>
public sealed record UnitView(
    int Id,
    string Code,
    string Name,
    UnitKind Kind,
    int? ParentId,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    int? SucceededById,
    bool IssuesDecisions,
    bool HoldsMoney,
    int Depth,
    int StaffCount);
