namespace Thads.Host.Dashboard;

/// <summary>The lists behind the dashboard's counts; each count links to its list by one of these names.</summary>
public static class DashboardLists
{
    /// <summary>Open leader approvals (form <c>approval</c>): decisions waiting for a signature.</summary>
    public const string Approvals = "approvals";

    /// <summary>Other open leader tasks: assignments, delegation acceptances, handover approvals.</summary>
    public const string LeaderTasks = "leader-tasks";

    /// <summary>First verifications past their deadline (Art. 44: ten days after the voluntary period).</summary>
    public const string LateVerifications = "late-verifications";

    /// <summary>Cases without conditions whose periodic re-verification is due within the reminder period or past due (Art. 44 cl. 4).</summary>
    public const string ReverificationsDue = "reverifications-due";

    /// <summary>The past-due part of <see cref="ReverificationsDue"/>.</summary>
    public const string ReverificationsOverdue = "reverifications-overdue";

    /// <summary>Cases with a state-budget obligation eligible for exemption or reduction today (Art. 61).</summary>
    public const string ExemptionEligible = "exemption-eligible";

    /// <summary>Voluntary periods ending today or within the next days (Art. 45).</summary>
    public const string VoluntaryEnding = "voluntary-ending";

    /// <summary>Open cases of one executor (<c>executor=</c>).</summary>
    public const string ExecutorCases = "executor-cases";

    /// <summary>Open tasks assigned to one executor (<c>executor=</c>).</summary>
    public const string ExecutorTasks = "executor-tasks";

    /// <summary>Overdue tasks of one executor (<c>executor=</c>).</summary>
    public const string ExecutorOverdue = "executor-overdue";

    /// <summary>Cases with an alert of one rule (<c>rule=</c>) in the last days.</summary>
    public const string Alerts = "alerts";

    public static IReadOnlyList<string> CaseLists { get; } =
        [LateVerifications, ReverificationsDue, ReverificationsOverdue, ExemptionEligible, VoluntaryEnding, ExecutorCases, Alerts];

    public static IReadOnlyList<string> TaskLists { get; } = [Approvals, LeaderTasks, ExecutorTasks, ExecutorOverdue];

    public static bool NeedsExecutor(string list) => list is ExecutorCases or ExecutorTasks or ExecutorOverdue;

    /// <summary>The page that shows the list.</summary>
    public static string Page(string list, string? executor = null, string? rule = null) =>
        (TaskLists.Contains(list) ? "/Dashboard/Tasks" : "/Dashboard/Cases") + Query(list, executor, rule);

    /// <summary>The same list in the API.</summary>
    public static string Api(string list, string? executor = null, string? rule = null) =>
        (TaskLists.Contains(list) ? "/api/dashboard/tasks" : "/api/dashboard/cases") + Query(list, executor, rule);

    private static string Query(string list, string? executor, string? rule) =>
        "?list=" + Uri.EscapeDataString(list)
        + (executor is null ? "" : "&executor=" + Uri.EscapeDataString(executor))
        + (rule is null ? "" : "&rule=" + Uri.EscapeDataString(rule));
}
