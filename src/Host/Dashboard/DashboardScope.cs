using Thads.Host.Accounts;

namespace Thads.Host.Dashboard;

/// <summary>
/// Whose dashboard: the leader and the units of their subtree (from <see cref="UnitScope"/>), by id for the case
/// tables and by code for the workflow tasks, which name their unit by code.
/// </summary>
public sealed record DashboardScope(ThadsUser User, IReadOnlySet<int> UnitIds, IReadOnlySet<string> UnitCodes);
