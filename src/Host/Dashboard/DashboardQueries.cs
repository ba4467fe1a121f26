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

        // The parts are independent reads: each on its own connection, at the same time (SQLite in WAL mode reads in parallel).
        Task<int> Count(string list) => WithDbAsync(db => CaseList(db, scope, list, null, null, deadlines).CountAsync(cancellationToken), cancellationToken);
        var leaderTasks = Task.Run(() => taskCounts.LeaderTasksAsync(scope.UnitCodes, ApprovalForm, cancellationToken), cancellationToken);
        var unit = WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.Id == scope.User.UnitId).Select(u => new UnitRef(u.Id, u.Code, u.Name)).SingleAsync(cancellationToken), cancellationToken);
        var late = Count(DashboardLists.LateVerifications);
        var due = Count(DashboardLists.ReverificationsDue);
        var overdue = Count(DashboardLists.ReverificationsOverdue);
        var ending = Count(DashboardLists.VoluntaryEnding);
        var eligible = WithDbAsync(async db => (await ExemptionEligibleAsync(db, scope, cancellationToken)).Count, cancellationToken);
        var alerts = WithDbAsync(db => RecentAlertsAsync(db, scope, deadlines, cancellationToken), cancellationToken);
        var workload = Task.Run(() => WorkloadAsync(scope, deadlines, now, cancellationToken), cancellationToken);
        await Task.WhenAll(leaderTasks, unit, late, due, overdue, ending, eligible, alerts, workload);

        var approvals = (await leaderTasks).Where(t => t.IsApproval).ToList();
        return new DashboardSummary(
            await unit,
            scope.UnitCodes.Order(StringComparer.Ordinal).ToList(),
            Today,
            DashboardCount.Of(DashboardLists.Approvals, approvals.Sum(t => t.Count)),
            approvals.OrderByDescending(t => t.Count).ThenBy(t => t.ElementId, StringComparer.Ordinal)
                .Select(t => new ApprovalKindCount(t.ElementId, t.Name ?? t.ElementId, t.Count)).ToList(),
            DashboardCount.Of(DashboardLists.LeaderTasks, (await leaderTasks).Where(t => !t.IsApproval).Sum(t => t.Count)),
            DashboardCount.Of(DashboardLists.LateVerifications, await late),
            DashboardCount.Of(DashboardLists.ReverificationsDue, await due),
            DashboardCount.Of(DashboardLists.ReverificationsOverdue, await overdue),
            DashboardCount.Of(DashboardLists.ExemptionEligible, await eligible),
            DashboardCount.Of(DashboardLists.VoluntaryEnding, await ending),
            await alerts,
            await workload);
    }

    /// <summary>Every active executor of the leader's units with their load, the most overdue first.</summary>
    public Task<IReadOnlyList<ExecutorWorkload>> WorkloadAsync(DashboardScope scope, CancellationToken cancellationToken) =>
        WorkloadAsync(scope, new DashboardDeadlines(rules, Today), Now, cancellationToken);

    /// <summary>
    /// Runs a read on its own context on the thread pool: the SQLite provider's "async" calls complete synchronously,
    /// so without this the independent parts would still run one after the other.
    /// </summary>
    private Task<T> WithDbAsync<T>(Func<ThadsDbContext, Task<T>> query, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await query(db);
        }, cancellationToken);

    private async Task<IReadOnlyList<AlertRuleCount>> RecentAlertsAsync(ThadsDbContext db, DashboardScope scope, DashboardDeadlines deadlines, CancellationToken cancellationToken)
    {
        // One grouped query, the same join as the alerts list (CaseList), so that each count equals its list.
        var rows = await AlertedCases(db, scope, deadlines, rule: null)
            .GroupBy(x => x.Rule)
            .Select(g => new { Rule = g.Key, Title = g.Max(x => x.Title), Count = g.Select(x => x.CaseId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Rule, StringComparer.Ordinal)
            .Select(r => new AlertRuleCount(r.Rule, r.Title ?? r.Rule, DashboardCount.Of(DashboardLists.Alerts, r.Count, rule: r.Rule)))
            .ToList();
    }

    /// <summary>A class with settable members rather than a positional record: the query translator groups only those.</summary>
    private sealed class AlertedCase
    {
        public string Rule { get; init; } = string.Empty;

        public string Title { get; init; } = string.Empty;

        public int CaseId { get; init; }
    }

    /// <summary>Alerts of the last days in the leader's units with the case they are about (from the few alerts to their cases).</summary>
    private static IQueryable<AlertedCase> AlertedCases(ThadsDbContext db, DashboardScope scope, DashboardDeadlines deadlines, string? rule)
    {
        var since = deadlines.Today.AddDays(-(RecentAlertDays - 1));
        var ids = scope.UnitIds.ToList();
        var alerts = db.Alerts.AsNoTracking().Where(a => ids.Contains(a.UnitId) && a.Day >= since);
        if (rule is not null)
        {
            alerts = alerts.Where(a => a.Rule == rule);
        }

        return from a in alerts
               join c in InScope(db, scope) on a.CaseKey equals c.CaseNumber
               select new AlertedCase { Rule = a.Rule, Title = a.Title, CaseId = c.Id };
    }

    private async Task<IReadOnlyList<ExecutorWorkload>> WorkloadAsync(DashboardScope scope, DashboardDeadlines deadlines, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var executors = await WithDbAsync(db => ExecutorsAsync(db, scope, cancellationToken), cancellationToken);
        var open = WithDbAsync(db => OpenCases(db, scope)
            .Where(c => c.ExecutorId != null)
            .GroupBy(c => c.ExecutorId!.Value)
            .Select(g => new { Executor = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Executor, x => x.Count, cancellationToken), cancellationToken);
        var late = WithDbAsync(db => CaseList(db, scope, DashboardLists.LateVerifications, null, null, deadlines)
            .Where(c => c.ExecutorId != null)
            .GroupBy(c => c.ExecutorId!.Value)
            .Select(g => new { Executor = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Executor, x => x.Count, cancellationToken), cancellationToken);
        var tasks = Task.Run(() => taskCounts.ByAssigneeAsync(executors.Select(e => e.UserName).ToList(), now, cancellationToken), cancellationToken);
        await Task.WhenAll(open, late, tasks);
        return executors
            .Select(e => new ExecutorWorkload(
                e.UserName,
                e.FullName,
                e.Unit!.Code,
                DashboardCount.Of(DashboardLists.ExecutorCases, open.Result.GetValueOrDefault(e.Id), e.UserName),
                DashboardCount.Of(DashboardLists.ExecutorTasks, tasks.Result.GetValueOrDefault(e.UserName)?.OpenTasks ?? 0, e.UserName),
                DashboardCount.Of(DashboardLists.ExecutorOverdue, tasks.Result.GetValueOrDefault(e.UserName)?.OverdueTasks ?? 0, e.UserName),
                late.Result.GetValueOrDefault(e.Id)))
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
                return OpenCases(db, scope).Where(c => c.ExecutorId == executorId);
            case DashboardLists.Alerts:
            {
                var alerted = AlertedCases(db, scope, deadlines, rule ?? "").Select(x => x.CaseId).Distinct();
                return db.Cases.AsNoTracking().Where(c => alerted.Contains(c.Id));
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

    /// <summary>
    /// Open cases of the leader's units. A case delegated to one of them is final where it was sent from, so the owning
    /// unit alone decides (and the database can use its unit index).
    /// </summary>
    private static IQueryable<EnforcementCase> OpenCases(ThadsDbContext db, DashboardScope scope)
    {
        var ids = scope.UnitIds.ToList();
        return db.Cases.AsNoTracking().Where(c => ids.Contains(c.UnitId) && (c.Status == null || !Final.Contains(c.Status.Value)));
    }

    /// <summary>Cases without conditions with a state-budget obligation the exemption rules (Art. 61) find eligible today.</summary>
    private async Task<List<(int CaseId, DateOnly EligibleFrom, string Reason)>> ExemptionEligibleAsync(ThadsDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        // Only what is not a threshold is filtered in the database: more than five years since the decision is the
        // shortest period of Art. 61, and every band needs the latest verification to have found no assets or
        // income (44a.1.a). The bands themselves are ExemptionEligibility's, per obligation.
        var oldest = Today.AddYears(-5);
        var rows = await (
            from c in InScope(db, scope)
            where c.Status == EnforcementStatus.NoConditions && c.DecisionDate != null && c.DecisionDate <= oldest && c.LastVerifiedOn != null
            let reason = c.Verifications.OrderByDescending(v => v.VerifiedOn).ThenByDescending(v => v.Id).Select(v => v.NoConditionsReason).FirstOrDefault()
            where reason == NoConditionsReason.NoIncomeOrAssets || reason == NoConditionsReason.ImprisonedNoIncomeOrAssets
            from o in c.Obligations
            where o.Kind != ObligationKind.Private && o.Amount > o.Paid
            orderby c.DecisionDate, c.Id, o.Id
            select new { c.Id, Decided = c.DecisionDate!.Value, Verified = c.LastVerifiedOn!.Value, o.Amount, o.Paid })
            .ToListAsync(cancellationToken);
        var eligible = new List<(int, DateOnly, string)>();
        foreach (var c in rows.GroupBy(r => r.Id))
        {
            var found = c
                .Select(o => ExemptionEligibility.Evaluate(
                    new ObligationFacts(ObligationPayee.StateBudget, o.Amount, o.Paid, o.Decided, new VerificationFinding(o.Verified, NoAssetsOrIncome: true)), Today))
                .Where(a => a.Outcome == ExemptionOutcome.Eligible)
                .ToList();
            if (found.Count > 0)
            {
                eligible.Add((c.Key, found.Min(a => a.EligibleFrom) ?? Today, found[0].Reason));
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
