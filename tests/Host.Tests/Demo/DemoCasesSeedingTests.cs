using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Demo;

/// <summary>
/// The first start with demo data drives about 50 cases through the real case service and engine into every state of
/// the plan; each case is checked against what that state means (status, open task, alert, money, register); a second
/// start adds nothing.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class DemoCasesSeedingTests(DemoHost host)
{
    private CaseService Cases => host.Services.GetRequiredService<CaseService>();

    private WorkflowEngine Engine => host.Services.GetRequiredService<WorkflowEngine>();

    private DateOnly Today => VietnamTime.DateOf(host.FirstStartAt);

    private IReadOnlyList<DemoCaseSpec> Plan => DemoCasePlanner.Standard(Today);

    [Fact]
    public void The_first_start_seeds_every_state_across_the_province_and_both_offices_without_errors()
    {
        Assert.DoesNotContain(host.FirstStartLog, e => e.Level >= LogLevel.Error);
        var seeded = Assert.Single(host.FirstStartLog, e => e.Message.StartsWith("Demo cases:", StringComparison.Ordinal));
        Assert.Contains($"{Plan.Count} planned", seeded.Message);
        Assert.Equal(Enum.GetValues<DemoCaseState>().Order(), Plan.Select(s => s.State).Distinct().Order());
        Assert.Equal(
            [DemoOrganisation.Province, DemoOrganisation.RegionalOffice1, DemoOrganisation.RegionalOffice2, DemoOrganisation.OtherProvince],
            Plan.Select(s => s.UnitCode).Distinct());
        Assert.InRange(host.AfterFirstStart.Cases, 45, 60);
    }

    [Fact]
    public void A_second_start_adds_no_case_instance_task_or_person()
    {
        Assert.Equal(host.AfterFirstStart, host.AfterSecondStart);
    }

    [Fact]
    public async Task Every_planned_case_stands_where_its_state_says()
    {
        var now = DateTimeOffset.UtcNow;
        var failures = new List<string>();
        foreach (var spec in Plan)
        {
            var problem = await ProblemAsync(spec, now);
            if (problem is not null)
            {
                failures.Add($"{spec.CaseNumber} ({spec.State}, lag {spec.Lag}): {problem}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task The_public_register_lists_the_debtors_of_the_published_44a_cases_and_no_one_else()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var published = await db.Cases.AsNoTracking()
            .Where(c => c.Status == EnforcementStatus.NoConditions && c.NoConditionsDecisionNumber != null)
            .Select(c => new { c.NoConditionsDecisionNumber, Debtor = c.Parties.First(p => p.Role == PartyRole.Debtor).FullName })
            .ToListAsync();
        Assert.True(published.Count >= 5, $"only {published.Count} cases without conditions");

        using var browser = host.NewBrowser();
        var register = (await browser.Client.GetFromJsonAsync<JsonArray>("/api/public/debtors-without-conditions"))!;
        // One row per obligation still owed: compare who and which decision.
        Assert.Equal(
            published.Select(p => (p.Debtor, p.NoConditionsDecisionNumber)).Distinct().Order(),
            register.Select(e => ((string)e!["debtorName"]!, (string?)e["decisionNumber"])).Distinct().Order());
    }

    [Fact]
    public async Task Every_demo_person_has_an_account_and_the_regional_offices_have_their_own_head_and_executors()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var offices = await db.Staff.AsNoTracking().Where(s => DemoStaff.UserNames.Contains(s.UserName)).Select(s => s.Unit!.Code).ToListAsync();
        Assert.Equal(DemoStaff.UserNames.Count, offices.Count);
        Assert.Contains(DemoOrganisation.RegionalOffice1, offices);
        Assert.Contains(DemoOrganisation.RegionalOffice2, offices);
        var head = await host.AsAsync(DemoStaff.HeadOffice1);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await head.Client.GetAsync("/api/me")).StatusCode);
    }

    /// <summary>Null when the case stands where its state says; otherwise what is wrong.</summary>
    private async Task<string?> ProblemAsync(DemoCaseSpec spec, DateTimeOffset now)
    {
        var c = await FindAsync(spec.CaseNumber, spec.UnitCode);
        if (c is null)
        {
            return "not found";
        }

        var tasks = await OpenTasksAsync(c.CaseNumber);
        var alerts = await AlertRulesAsync(c.CaseNumber);
        string? Expect(bool condition, string what) => condition ? null : $"{what}; status {c.Status}, tasks [{string.Join(", ", tasks.Select(t => t.ElementId))}], alerts [{string.Join(", ", alerts)}]";
        bool Open(string element) => tasks.Any(t => t.ElementId == element);
        UserTaskInfo? Task(string element) => tasks.FirstOrDefault(t => t.ElementId == element);
        var executor = c.Executor?.UserName;

        switch (spec.State)
        {
            case DemoCaseState.Intake:
                return Expect(c.Status is null && Open("receiveCase"), "registered, intake open");
            case DemoCaseState.DecisionDraft:
                return Expect(c.Status is null && Open("draftDecision"), "draft open");
            case DemoCaseState.DecisionApproval:
                return Expect(c.Status is null && Open("approveDecision"), "decision awaiting approval");
            case DemoCaseState.Assignment:
                return Expect(c.Status == EnforcementStatus.Accepted && c.DecisionNumber is not null && Open("assignExecutor"), "signed, assignment open");
            case DemoCaseState.Notification:
                return Expect(c.Status == EnforcementStatus.Accepted && executor == spec.Executor && Open("notifyParties"), "assigned, notification open");
            case DemoCaseState.VoluntaryPeriod:
                return Expect(c.Status == EnforcementStatus.VoluntaryPeriod && c.VoluntaryPeriodEndsOn >= Today && tasks.Count == 0 && executor == spec.Executor, "in the voluntary period");
            case DemoCaseState.VoluntaryPeriodEnding:
                return Expect(c.Status == EnforcementStatus.VoluntaryPeriod && c.VoluntaryPeriodEndsOn >= Today && c.VoluntaryPeriodEndsOn <= Today.AddDays(3), "voluntary period ending within three days");
            case DemoCaseState.Verifying:
                return Expect(Task("verifyConditions") is { } v && v.DueAt > now && v.Assignee == spec.Executor && !alerts.Contains("W7a-cham-xac-minh"), "verification open, not late");
            case DemoCaseState.VerificationLate:
                return Expect(Task("verifyConditions") is { } late && late.DueAt < now && alerts.Contains("W7a-cham-xac-minh"), "verification late with W7a");
            case DemoCaseState.Executing:
                return Expect(c.Status == EnforcementStatus.Executing && Open("executeJudgment") && c.MoneyEntries.Count == 0, "executing, no money yet");
            case DemoCaseState.ExecutingWithMoney:
                return Expect(c.Status == EnforcementStatus.Executing && Open("executeJudgment") && c.MoneyEntries.Any(m => m.Kind == MoneyKind.Collected) && c.Obligations.Any(o => o.Paid > 0), "executing with money collected");
            case DemoCaseState.NoConditionsDecision:
                return Expect(c.Status == EnforcementStatus.Verifying && c.HasConditions == false && Open("approveNoConditions"), "44a decision awaiting approval");
            case DemoCaseState.NoConditionsPublication:
                return Expect(c.Status == EnforcementStatus.NoConditions && Open("publishNoConditions"), "44a signed, publication open");
            case DemoCaseState.NoConditions:
                return Expect(c.Status == EnforcementStatus.NoConditions && c.NoConditionsDecisionNumber is not null && tasks.Count == 0, "published without conditions, cycle waiting");
            case DemoCaseState.ReverificationDue:
                return Expect(c.Status == EnforcementStatus.NoConditions && Task("reverify") is { } due && due.DueAt > now && !alerts.Contains("W7b-qua-han-xac-minh-lai"), "re-verification open, due soon");
            case DemoCaseState.ReverificationLate:
                return Expect(c.Status == EnforcementStatus.NoConditions && Task("reverify") is { } overdue && overdue.DueAt < now && alerts.Contains("W7b-qua-han-xac-minh-lai"), "re-verification late with W7b");
            case DemoCaseState.Postponed:
                return Expect(c.Status == EnforcementStatus.Postponed && Open("awaitResumption") && c.StatusChanges[^1].GroundCode == spec.StatusGround, "postponed on its ground");
            case DemoCaseState.Suspended:
                return Expect(c.Status == EnforcementStatus.Suspended && Open("awaitResumption") && c.StatusChanges[^1].GroundCode == spec.StatusGround, "suspended on its ground");
            case DemoCaseState.Terminated:
                return Expect(c.Status == EnforcementStatus.Terminated && tasks.Count == 0 && c.StatusChanges[^1].GroundCode == spec.StatusGround, "terminated");
            case DemoCaseState.Completed:
                return Expect(c.Status == EnforcementStatus.Completed && c.Obligations.All(o => o.Paid == o.Amount) && c.MoneyEntries.Any(m => m.Kind == MoneyKind.PaidOut), "completed, everything paid");
            case DemoCaseState.DelegatedToMilitary or DemoCaseState.DelegatedOutPending or DemoCaseState.DelegatedInPending:
            {
                var receiving = await ReceivingAsync(c.Id);
                var pending = spec.State != DemoCaseState.DelegatedToMilitary;
                var accept = Task("delegateToAgency");
                return Expect(
                    c.Status == EnforcementStatus.Delegated && receiving is not null && receiving.Unit!.Code == spec.DelegationTarget
                        && receiving.IsPendingAcceptance == pending && (accept is not null) == pending
                        && (!pending || accept!.CandidateUnit == spec.DelegationTarget),
                    $"delegated to {spec.DelegationTarget}, {(pending ? "acceptance pending" : "accepted")}");
            }

            case DemoCaseState.DelegatedInAccepted:
            {
                var receiving = await ReceivingAsync(c.Id);
                return Expect(
                    c.Status == EnforcementStatus.Delegated && receiving is { IsPendingAcceptance: false, Status: EnforcementStatus.VoluntaryPeriod } && receiving.Unit!.Code == DemoOrganisation.Province
                        && receiving.DecisionNumber is not null && receiving.Notices.Count == 1,
                    "received by DN, accepted, decided and notified there");
            }

            case DemoCaseState.HandoverPending:
            {
                var handover = await OpenTasksAsync($"BG-{Today.Year}-001");
                var held = await Cases.HeldBalanceAsync(DemoStaff.ExecutorCuong);
                return Expect(
                    c.Status == EnforcementStatus.Executing && executor == DemoStaff.ExecutorCuong && held > 0
                        && handover.Any(t => t.ElementId == "handOver" && t.CandidateRole == "leader") && Open("executeJudgment"),
                    "executing with held money, handover awaiting the leader");
            }

            case DemoCaseState.ExemptionEligible:
                return Expect(
                    c.AcceptanceKind == AcceptanceKind.CarriedOver && c.Status == EnforcementStatus.NoConditions && Open("proposeExemption")
                        && alerts.Contains("W17-du-dieu-kien-mien-giam") && c.DecisionDate < Today.AddYears(-5),
                    "carried over, eligible, proposal open with W17");
            case DemoCaseState.CarriedOverNoConditions:
            {
                var cycle = await Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = c.CaseNumber, ProcessId = "thads-reverification" });
                return Expect(
                    c.AcceptanceKind == AcceptanceKind.CarriedOver && c.Status == EnforcementStatus.NoConditions && cycle.Count == 1 && cycle[0].Status == InstanceStatus.Running
                        && !alerts.Contains("W17-du-dieu-kien-mien-giam"),
                    "carried over, re-verification cycle running, not eligible yet");
            }

            default:
                return $"no check for {spec.State}";
        }
    }

    private async Task<EnforcementCase?> FindAsync(string number, string unitCode)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var id = await db.Cases.Where(c => c.CaseNumber == number && c.Unit!.Code == unitCode).Select(c => (int?)c.Id).SingleOrDefaultAsync();
        return id is { } found ? await Cases.GetAsync(found) : null;
    }

    private async Task<EnforcementCase?> ReceivingAsync(int caseId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var id = await db.Cases.Where(c => c.DelegatedFromCaseId == caseId).Select(c => (int?)c.Id).SingleOrDefaultAsync();
        return id is { } found ? await Cases.GetAsync(found) : null;
    }

    private async Task<IReadOnlyList<UserTaskInfo>> OpenTasksAsync(string businessKey)
    {
        var instances = await Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = businessKey, Take = 100 });
        var tasks = new List<UserTaskInfo>();
        foreach (var instance in instances)
        {
            tasks.AddRange(await Engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id }));
        }

        return tasks;
    }

    private async Task<IReadOnlyList<string>> AlertRulesAsync(string caseKey)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        return await db.Alerts.AsNoTracking().Where(a => a.CaseKey == caseKey).Select(a => a.Rule).Distinct().ToListAsync();
    }
}
