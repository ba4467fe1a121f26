using Thads.Enforcement.Alerts;
using Thads.Enforcement.Cases;
using Thads.Host.Cases.Timeline;

namespace Thads.Host.Cases;

/// <summary>Everything the case page and <c>GET /api/cases/{id}</c> show about one case.</summary>
public sealed record CaseDossier(
    EnforcementCase Case,
    MoneySummary Money,
    IReadOnlyList<Alert> Alerts,
    CaseWorkflow Workflow,
    IReadOnlyList<TimelineEntry> Timeline,
    StaffNames Staff,
    IReadOnlyDictionary<int, string> UnitNames)
{
    public string? UnitName(int? id) => id is { } value ? UnitNames.GetValueOrDefault(value) : null;
}
