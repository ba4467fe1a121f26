using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Exemption;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;
using Thads.Host.Api;
using Thads.Workflows.Runtime;

namespace Thads.Host.Dashboard;

/// <summary>
/// The leader dashboard's counts and the lists behind them, in the leader's unit subtree. A count and its list come
/// from the same query (counted, or read a page at a time), so they cannot disagree. Late and due are the legal
/// rules' deadlines turned into date cut-offs (<see cref="DashboardDeadlines"/>); approvals and other leader work are
/// the engine's open tasks; recent warnings are the stored alerts.
/// </summary>
public sealed class DashboardQueries(
    IDbContextFactory<ThadsDbContext> contexts,
    WorkflowEngine engine,
    LegalRules rules,
    UnitScope unitScope,
    WorkflowTaskCounts taskCounts,
    TimeProvider time)
{
    public const int MaxPageSize = 100;

    /// <summary>Alerts of the last week are shown.</summary>
    public const int RecentAlertDays = 7;

    private const string ApprovalForm = "approval";

    private static readonly EnforcementStatus[] Final =
        [EnforcementStatus.Completed, EnforcementStatus.Terminated, EnforcementStatus.Delegated, EnforcementStatus.ReturnedLegacy];

    public DateTimeOffset Now => time.GetUtcNow().ToOffset(VietnamTime.Offset);

    private DateOnly Today => VietnamTime.DateOf(time.GetUtcNow());

    /// <summary>The leader's units (subtree) by id and code; null for an account without a staff member and unit.</summary>
    public async Task<DashboardScope?> ScopeAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (ThadsUser.From(principal) is not { } user)
        {
            return null;
        }

        var ids = await unitScope.VisibleUnitIdsAsync(principal, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = ids.ToList();
        var codes = await db.Units.AsNoTracking().Where(u => list.Contains(u.Id)).Select(u => u.Code).ToListAsync(cancellationToken);
        return new DashboardScope(user, ids, codes.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Checks a list request; null when it may be answered.</summary>
    public async Task<DashboardRefusal?> CheckAsync(DashboardScope scope, bool tasks, string? list, string? executor, string? rule, int page, int pageSize, CancellationToken cancellationToken)
    {
        var lists = tasks ? DashboardLists.TaskLists : DashboardLists.CaseLists;
        if (string.IsNullOrWhiteSpace(list) || !lists.Contains(list))
        {
            return new DashboardRefusal(StatusCodes.Status400BadRequest, "list", $"Danh sách (list) không hợp lệ; dùng một trong: {string.Join(", ", lists)}.");
        }

        if (page < 1)
        {
            return new DashboardRefusal(StatusCodes.Status400BadRequest, "page", "Trang (page) phải từ 1 trở lên.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return new DashboardRefusal(StatusCodes.Status400BadRequest, "pageSize", $"Số dòng mỗi trang (pageSize) phải từ 1 đến {MaxPageSize}.");
        }

        if (list == DashboardLists.Alerts && string.IsNullOrWhiteSpace(rule))
        {
            return new DashboardRefusal(StatusCodes.Status400BadRequest, "rule", "Danh sách cảnh báo cần mã cảnh báo (rule), ví dụ W7a-cham-xac-minh.");
        }

        if (DashboardLists.NeedsExecutor(list))
        {
            if (string.IsNullOrWhiteSpace(executor))
            {
                return new DashboardRefusal(StatusCodes.Status400BadRequest, "executor", "Danh sách này cần tên đăng nhập của chấp hành viên (executor).");
            }

            if (await ExecutorAsync(scope, executor, cancellationToken) is null)
            {
                return new DashboardRefusal(StatusCodes.Status403Forbidden, "executor", $"Chấp hành viên '{executor}' không thuộc đơn vị trong phạm vi của bạn.");
            }
        }

        return null;
    }

    // ---- Summary ---------------------------------------------------------------------------------------------

    public async Task<DashboardSummary> SummaryAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        var now = Now;
        var deadlines = new DashboardDeadlines(rules, Today);
        var leaderTasks = await LeaderTasksAsync(scope, cancellationToken);
        var approvals = leaderTasks.Where(IsApproval).ToList();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == scope.User.UnitId).Select(u => new UnitRef(u.Id, u.Code, u.Name)).SingleAsync(cancellationToken);
        var late = await CaseList(db, scope, DashboardLists.LateVerifications, null, null, deadlines).CountAsync(cancellationToken);
        var due = await CaseList(db, scope, DashboardLists.ReverificationsDue, null, null, deadlines).CountAsync(cancellationToken);
        var overdue = await CaseList(db, scope, DashboardLists.ReverificationsOverdue, null, null, deadlines).CountAsync(cancellationToken);
        var ending = await CaseList(db, scope, DashboardLists.VoluntaryEnding, null, null, deadlines).CountAsync(cancellationToken);
        var eligible = (await ExemptionEligibleAsync(db, scope, cancellationToken)).Count;

        return new DashboardSummary(
            unit,
            scope.UnitCodes.Order(StringComparer.Ordinal).ToList(),
            Today,
            DashboardCount.Of(DashboardLists.Approvals, approvals.Count),
            approvals.GroupBy(t => t.ElementId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ApprovalKindCount(g.Key, g.First().Name ?? g.Key, g.Count())).ToList(),
            DashboardCount.Of(DashboardLists.LeaderTasks, leaderTasks.Count - approvals.Count),
            DashboardCount.Of(DashboardLists.LateVerifications, late),
            DashboardCount.Of(DashboardLists.ReverificationsDue, due),
            DashboardCount.Of(DashboardLists.ReverificationsOverdue, overdue),
            DashboardCount.Of(DashboardLists.ExemptionEligible, eligible),
            DashboardCount.Of(DashboardLists.VoluntaryEnding, ending),
            await RecentAlertsAsync(db, scope, deadlines, cancellationToken),
            await WorkloadAsync(db, scope, deadlines, now, cancellationToken));
    }

    private async Task<IReadOnlyList<AlertRuleCount>> RecentAlertsAsync(ThadsDbContext db, DashboardScope scope, DashboardDeadlines deadlines, CancellationToken cancellationToken)
    {
        var from = Today.AddDays(-(RecentAlertDays - 1));
        var ids = scope.UnitIds.ToList();
        var rules = await db.Alerts.AsNoTracking()
            .Where(a => ids.Contains(a.UnitId) && a.Day >= from)
            .GroupBy(a => a.Rule)
            .Select(g => new { Rule = g.Key, Title = g.Max(a => a.Title) })
            .ToListAsync(cancellationToken);
        var result = new List<AlertRuleCount>();
        foreach (var rule in rules.OrderBy(r => r.Rule, StringComparer.Ordinal))
        {
            var count = await CaseList(db, scope, DashboardLists.Alerts, null, rule.Rule, deadlines).CountAsync(cancellationToken);
            result.Add(new AlertRuleCount(rule.Rule, rule.Title!, DashboardCount.Of(DashboardLists.Alerts, count, rule: rule.Rule)));
        }

        return result;
    }

    private async Task<IReadOnlyList<ExecutorWorkload>> WorkloadAsync(ThadsDbContext db, DashboardScope scope, DashboardDeadlines deadlines, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var executors = await ExecutorsAsync(db, scope, cancellationToken);
        var ids = executors.Select(e => e.Id).ToList();
        var open = await InScope(db, scope)
            .Where(c => c.ExecutorId != null && ids.Contains(c.ExecutorId.Value) && (c.Status == null || !Final.Contains(c.Status.Value)))
            .GroupBy(c => c.ExecutorId!.Value)
            .Select(g => new { Executor = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Executor, x => x.Count, cancellationToken);
        var late = await CaseList(db, scope, DashboardLists.LateVerifications, null, null, deadlines)
            .Where(c => c.ExecutorId != null)
            .GroupBy(c => c.ExecutorId!.Value)
            .Select(g => new { Executor = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Executor, x => x.Count, cancellationToken);
        var tasks = await taskCounts.ByAssigneeAsync(executors.Select(e => e.UserName).ToList(), now, cancellationToken);
        return executors
            .Select(e => new ExecutorWorkload(
                e.UserName,
                e.FullName,
                e.Unit!.Code,
                DashboardCount.Of(DashboardLists.ExecutorCases, open.GetValueOrDefault(e.Id), e.UserName),
                DashboardCount.Of(DashboardLists.ExecutorTasks, tasks.GetValueOrDefault(e.UserName)?.OpenTasks ?? 0, e.UserName),
                DashboardCount.Of(DashboardLists.ExecutorOverdue, tasks.GetValueOrDefault(e.UserName)?.OverdueTasks ?? 0, e.UserName),
                late.GetValueOrDefault(e.Id)))
            .OrderByDescending(w => w.OverdueTasks.Count).ThenByDescending(w => w.OpenCases.Count).ThenBy(w => w.UserName, StringComparer.Ordinal)
            .ToList();
    }

    // ---- Case lists ------------------------------------------------------------------------------------------

    public async Task<DashboardCasePage> CasesAsync(DashboardScope scope, string list, string? executor, string? rule, int page, int pageSize, CancellationToken cancellationToken)
    {
        var deadlines = new DashboardDeadlines(rules, Today);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (list == DashboardLists.ExemptionEligible)
        {
            var eligible = await ExemptionEligibleAsync(db, scope, cancellationToken);
            var shown = eligible.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            var rows = await RowsAsync(db, shown.Select(e => e.CaseId).ToList(), cancellationToken);
            return new DashboardCasePage(list, shown.Select(e => rows[e.CaseId] with
            {
                Date = e.EligibleFrom,
                DaysLate = Math.Max(0, Today.DayNumber - e.EligibleFrom.DayNumber),
                Note = e.Reason,
            }).ToList(), page, pageSize, eligible.Count);
        }

        int? executorId = executor is null ? null : (await ExecutorAsync(scope, executor, cancellationToken))?.Id;
        var query = CaseList(db, scope, list, executorId, rule, deadlines);
        var total = await query.CountAsync(cancellationToken);
        var ordered = list switch
        {
            DashboardLists.LateVerifications or DashboardLists.VoluntaryEnding => query.OrderBy(c => c.VoluntaryPeriodEndsOn).ThenBy(c => c.Id),
            DashboardLists.ReverificationsDue or DashboardLists.ReverificationsOverdue => query.OrderBy(c => c.LastVerifiedOn).ThenBy(c => c.Id),
            DashboardLists.ExecutorCases => query.OrderBy(c => c.StatusSince).ThenBy(c => c.Id),
            _ => query.OrderBy(c => c.CaseNumber).ThenBy(c => c.Id),
        };
        var ids = await ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(c => c.Id).ToListAsync(cancellationToken);
        var found = await RowsAsync(db, ids, cancellationToken);
        var facts = await FactsAsync(db, ids, rule, cancellationToken);
        return new DashboardCasePage(list, ids.Select(id => Describe(list, found[id], facts[id], deadlines)).ToList(), page, pageSize, total);
    }

    /// <summary>The cases of a list, as a query: counted for the dashboard, paged for the list.</summary>
    private IQueryable<EnforcementCase> CaseList(ThadsDbContext db, DashboardScope scope, string list, int? executorId, string? rule, DashboardDeadlines deadlines)
    {
        var cases = InScope(db, scope);
        switch (list)
        {
            case DashboardLists.LateVerifications:
            {
                var cutoff = deadlines.LateVerificationCutoff;
                return cases.Where(c => (c.Status == EnforcementStatus.VoluntaryPeriod || c.Status == EnforcementStatus.Verifying)
                    && c.FirstVerifiedOn == null && c.VoluntaryPeriodEndsOn != null && c.VoluntaryPeriodEndsOn <= cutoff);
            }

            case DashboardLists.ReverificationsDue or DashboardLists.ReverificationsOverdue:
            {
                var overdue = list == DashboardLists.ReverificationsOverdue;
                DateOnly Cut(string? kind) => overdue ? deadlines.ReverificationOverdueCutoff(kind) : deadlines.ReverificationDueCutoff(kind);
                var (usual, prison, address) = (Cut(null), Cut(LegalRuleKinds.LongPrison), Cut(LegalRuleKinds.UnknownAddress));
                return cases
                    .Where(c => c.Status == EnforcementStatus.NoConditions && c.LastVerifiedOn != null)
                    .Select(c => new
                    {
                        Case = c,
                        Reason = c.Verifications.OrderByDescending(v => v.VerifiedOn).ThenByDescending(v => v.Id).Select(v => v.NoConditionsReason).FirstOrDefault(),
                    })
                    .Where(x => x.Reason == NoConditionsReason.ImprisonedNoIncomeOrAssets ? x.Case.LastVerifiedOn <= prison
                        : x.Reason == NoConditionsReason.AddressUnknown ? x.Case.LastVerifiedOn <= address
                        : x.Case.LastVerifiedOn <= usual)
                    .Select(x => x.Case);
            }

            case DashboardLists.VoluntaryEnding:
            {
                var (from, to) = (deadlines.Today, deadlines.Today.AddDays(DashboardDeadlines.VoluntaryEndingDays));
                return cases.Where(c => c.Status == EnforcementStatus.VoluntaryPeriod && c.VoluntaryPeriodEndsOn >= from && c.VoluntaryPeriodEndsOn <= to);
            }

            case DashboardLists.ExecutorCases:
                return cases.Where(c => c.ExecutorId == executorId && (c.Status == null || !Final.Contains(c.Status.Value)));
            case DashboardLists.Alerts:
            {
                var from = deadlines.Today.AddDays(-(RecentAlertDays - 1));
                var ids = scope.UnitIds.ToList();
                return cases.Where(c => db.Alerts.Any(a => a.CaseKey == c.CaseNumber && a.Rule == rule && a.Day >= from && ids.Contains(a.UnitId)));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(list), list, "Not a case list.");
        }
    }

    /// <summary>The cases the leader sees: owned by, or delegated to, a unit of the subtree (the rule of <see cref="UnitScope.MaySeeCase"/>).</summary>
    private static IQueryable<EnforcementCase> InScope(ThadsDbContext db, DashboardScope scope)
    {
        var ids = scope.UnitIds.ToList();
        return db.Cases.AsNoTracking().Where(c => ids.Contains(c.UnitId) || (c.DelegatedToUnitId != null && ids.Contains(c.DelegatedToUnitId.Value)));
    }

    /// <summary>Cases without conditions with a state-budget obligation the exemption rules (Art. 61) find eligible today.</summary>
    private async Task<List<(int CaseId, DateOnly EligibleFrom, string Reason)>> ExemptionEligibleAsync(ThadsDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        // Nothing is eligible before five years have passed since the decision (Art. 61 cl. 1–3): the database keeps only those.
        var oldest = Today.AddYears(-5);
        var candidates = await InScope(db, scope)
            .Where(c => c.Status == EnforcementStatus.NoConditions && c.DecisionDate != null && c.DecisionDate <= oldest
                && c.Obligations.Any(o => o.Kind != ObligationKind.Private && o.Amount > o.Paid))
            .OrderBy(c => c.DecisionDate).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                Decided = c.DecisionDate!.Value,
                Obligations = c.Obligations.Where(o => o.Kind != ObligationKind.Private && o.Amount > o.Paid).Select(o => new { o.Kind, o.Amount, o.Paid }).ToList(),
                Latest = c.Verifications.OrderByDescending(v => v.VerifiedOn).ThenByDescending(v => v.Id).Select(v => new { v.VerifiedOn, v.NoConditionsReason }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var eligible = new List<(int, DateOnly, string)>();
        foreach (var c in candidates)
        {
            var finding = c.Latest is null ? null : new VerificationFinding(c.Latest.VerifiedOn, c.Latest.NoConditionsReason?.IsNoIncomeOrAssets() ?? false);
            var found = c.Obligations
                .Select(o => ExemptionEligibility.Evaluate(new ObligationFacts(ObligationPayee.StateBudget, o.Amount, o.Paid, c.Decided, finding), Today))
                .Where(a => a.Outcome == ExemptionOutcome.Eligible)
                .ToList();
            if (found.Count > 0)
            {
                eligible.Add((c.Id, found.Min(a => a.EligibleFrom) ?? Today, found[0].Reason));
            }
        }

        return eligible;
    }

    private sealed record CaseFacts(DateOnly? VoluntaryPeriodEndsOn, DateOnly? LastVerifiedOn, DateOnly? StatusSince, NoConditionsReason? Reason, DateOnly? AlertDay);

    private static async Task<Dictionary<int, DashboardCaseRow>> RowsAsync(ThadsDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new DashboardCaseRow(
                c.Id,
                c.CaseNumber,
                c.Unit!.Code,
                c.Status,
                c.Executor == null ? null : c.Executor.FullName,
                c.Parties.Where(p => p.Role == PartyRole.Debtor).OrderBy(p => p.Id).Select(p => p.FullName).FirstOrDefault(),
                c.Obligations.Sum(o => o.Amount - o.Paid),
                null,
                0,
                null))
            .ToDictionaryAsync(r => r.Id, cancellationToken);

    private static async Task<Dictionary<int, CaseFacts>> FactsAsync(ThadsDbContext db, List<int> ids, string? rule, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Facts = new CaseFacts(
                    c.VoluntaryPeriodEndsOn,
                    c.LastVerifiedOn,
                    c.StatusSince,
                    c.Verifications.OrderByDescending(v => v.VerifiedOn).ThenByDescending(v => v.Id).Select(v => v.NoConditionsReason).FirstOrDefault(),
                    db.Alerts.Where(a => a.CaseKey == c.CaseNumber && a.Rule == rule).Max(a => (DateOnly?)a.Day)),
            })
            .ToDictionaryAsync(x => x.Id, x => x.Facts, cancellationToken);

    private DashboardCaseRow Describe(string list, DashboardCaseRow row, CaseFacts facts, DashboardDeadlines deadlines)
    {
        DateOnly? date = list switch
        {
            DashboardLists.LateVerifications => facts.VoluntaryPeriodEndsOn is { } end ? deadlines.VerificationDue(end) : null,
            DashboardLists.ReverificationsDue or DashboardLists.ReverificationsOverdue => facts.LastVerifiedOn is { } last
                ? deadlines.ReverificationDue(last, facts.Reason?.ReverificationKind())
                : null,
            DashboardLists.VoluntaryEnding => facts.VoluntaryPeriodEndsOn,
            DashboardLists.Alerts => facts.AlertDay,
            _ => facts.StatusSince,
        };
        var late = list is DashboardLists.LateVerifications or DashboardLists.ReverificationsDue or DashboardLists.ReverificationsOverdue && date is { } d
            ? Math.Max(0, Today.DayNumber - d.DayNumber)
            : 0;
        return row with { Date = date, DaysLate = late };
    }

    // ---- Task lists ------------------------------------------------------------------------------------------

    public async Task<DashboardTaskPage> TasksAsync(DashboardScope scope, string list, string? executor, int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = Now;
        IReadOnlyList<UserTaskInfo> shown;
        int total;
        switch (list)
        {
            case DashboardLists.Approvals or DashboardLists.LeaderTasks:
            {
                var all = (await LeaderTasksAsync(scope, cancellationToken)).Where(t => IsApproval(t) == (list == DashboardLists.Approvals)).ToList();
                total = all.Count;
                shown = all.Skip((page - 1) * pageSize).Take(pageSize).ToList();
                break;
            }

            case DashboardLists.ExecutorTasks:
            {
                total = (await taskCounts.ByAssigneeAsync([executor!], now, cancellationToken)).GetValueOrDefault(executor!)?.OpenTasks ?? 0;
                shown = await engine.QueryTasksAsync(new TaskQuery { Assignee = executor, Skip = (page - 1) * pageSize, Take = pageSize }, cancellationToken);
                break;
            }

            case DashboardLists.ExecutorOverdue:
            {
                // The engine orders by due date, so the overdue tasks are the first ones.
                total = (await taskCounts.ByAssigneeAsync([executor!], now, cancellationToken)).GetValueOrDefault(executor!)?.OverdueTasks ?? 0;
                var skip = (page - 1) * pageSize;
                shown = skip >= total ? [] : (await engine.QueryTasksAsync(new TaskQuery { Assignee = executor, Skip = skip, Take = Math.Min(pageSize, total - skip) }, cancellationToken))
                    .Where(t => t.DueAt < now).ToList();
                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(list), list, "Not a task list.");
        }

        var caseIds = await CaseIdsAsync(shown.Select(t => t.BusinessKey).OfType<string>().Distinct().ToList(), scope, cancellationToken);
        var rows = shown.Select(t => new DashboardTaskRow(
            t.Id, t.Name ?? t.ElementId, t.ElementId, t.BusinessKey,
            t.BusinessKey is { } key && caseIds.TryGetValue(key, out var id) ? id : null,
            t.CandidateUnit, t.Assignee, t.CreatedAt, t.DueAt, t.DueAt is { } due && due < now)).ToList();
        return new DashboardTaskPage(list, rows, page, pageSize, total);
    }

    /// <summary>Open leader tasks of the subtree's units, oldest due first (the engine's order), then the oldest created.</summary>
    private async Task<List<UserTaskInfo>> LeaderTasksAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        var found = new List<UserTaskInfo>();
        foreach (var code in scope.UnitCodes)
        {
            found.AddRange(await engine.QueryTasksAsync(new TaskQuery { CandidateRole = "leader", CandidateUnit = code, Take = int.MaxValue }, cancellationToken));
        }

        return found.OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id).ToList();
    }

    private static bool IsApproval(UserTaskInfo task) => task.FormKey == ApprovalForm;

    /// <summary>Case ids of the business keys that are case numbers of the leader's units.</summary>
    private async Task<Dictionary<string, int>> CaseIdsAsync(List<string> numbers, DashboardScope scope, CancellationToken cancellationToken)
    {
        if (numbers.Count == 0)
        {
            return new Dictionary<string, int>(StringComparer.Ordinal);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await InScope(db, scope).Where(c => numbers.Contains(c.CaseNumber)).Select(c => new { c.CaseNumber, c.Id }).ToListAsync(cancellationToken);
        return found.GroupBy(c => c.CaseNumber).ToDictionary(g => g.Key, g => g.Min(c => c.Id), StringComparer.Ordinal);
    }

    // ---- Executors -------------------------------------------------------------------------------------------

    /// <summary>An active executor of a unit in scope, or null.</summary>
    public async Task<StaffMember?> ExecutorAsync(DashboardScope scope, string userName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ExecutorsAsync(db, scope, cancellationToken)).FirstOrDefault(s => s.UserName == userName);
    }

    private static async Task<List<StaffMember>> ExecutorsAsync(ThadsDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var ids = scope.UnitIds.ToList();
        var staff = await db.Staff.AsNoTracking().Include(s => s.Unit).Where(s => ids.Contains(s.UnitId) && s.Active).ToListAsync(cancellationToken);
        return staff.Where(s => (s.Roles & StaffRoles.Executor) != 0).OrderBy(s => s.UserName, StringComparer.Ordinal).ToList();
    }
}
