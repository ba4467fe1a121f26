namespace Thads.Enforcement.Organisation;

/// <summary>
/// An agency or office in the tree, with validity dates so that the structure before and after the 2025
/// reorganisation are both representable (domain README §1.1 data-model rule).
/// </summary>
public sealed class Unit
{
    public int Id { get; set; }

    /// <summary>A stable code used in configuration, BPMN (<c>thads:candidateUnit</c>) and reports.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public UnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>The unit that took over this one's cases when it was dissolved or merged.</summary>
    public int? SucceededById { get; set; }

    /// <summary>False for regional offices since 01/07/2025 (CV 3769): their province issues the decisions.</summary>
    public bool IssuesDecisions { get; set; } = true;

    /// <summary>False for regional offices since 01/07/2025 (CV 3769): money and assets are held by the province.</summary>
    public bool HoldsMoney { get; set; } = true;

    public bool IsMilitary => Kind is UnitKind.MilitaryDepartment or UnitKind.MilitaryRegionAgency;

    public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}
