namespace Thads.Host.Dashboard;

/// <summary>One executor's load: open cases, open and overdue tasks, first verifications past their deadline.</summary>
public sealed record ExecutorWorkload(
    string UserName,
    string FullName,
    string UnitCode,
    DashboardCount OpenCases,
    DashboardCount OpenTasks,
    DashboardCount OverdueTasks,
    int LateVerifications);
