using Thads.Host.Api;

namespace Thads.Host.Dashboard;

/// <summary>The leader dashboard: every count in the leader's unit subtree, as of <see cref="AsOf"/>.</summary>
public sealed record DashboardSummary(
    UnitRef Unit,
    IReadOnlyList<string> ScopeUnits,
    DateOnly AsOf,
    DashboardCount Approvals,
    IReadOnlyList<ApprovalKindCount> ApprovalsByKind,
    DashboardCount LeaderTasks,
    DashboardCount LateVerifications,
    DashboardCount ReverificationsDue,
    DashboardCount ReverificationsOverdue,
    DashboardCount ExemptionEligible,
    DashboardCount VoluntaryEnding,
    IReadOnlyList<AlertRuleCount> RecentAlerts,
    IReadOnlyList<ExecutorWorkload> Executors);
