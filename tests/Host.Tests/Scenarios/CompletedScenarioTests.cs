using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>Scenario 1: the whole main path of a request that ends with everything paid.</summary>
public sealed class CompletedScenarioTests : IAsyncLifetime
{
    private ScenarioHost _host = null!;
    private CasePages _pages = null!;

    public async Task InitializeAsync()
    {
        _host = await ScenarioHost.StartAsync();
        _pages = new CasePages(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_request_is_decided_after_one_rejection_assigned_notified_verified_and_completed_with_everything_paid_out()
    {
        var c = await _pages.OpenCaseAsync("HS-2026-001");
        await _pages.ReceiveAsync(c);
        await _pages.DraftDecisionAsync(c, "15/QĐ-THADS");
        await _pages.RejectAsync(c, "approveDecision", "Ghi sai số tiền án phí, đề nghị sửa.");
        // The rejection goes back to the draft: the next draft task is open and no decision exists yet.
        Assert.Null((await _host.CaseAsync(c.Id)).Status);
        await _pages.DraftDecisionAsync(c, "16/QĐ-THADS");
        await _pages.SignDecisionAsync(c);
        var executor = await _pages.AssignSuggestedExecutorAsync(c);
        await _pages.NotifyDebtorAsync(c);

        // Nothing to do during the voluntary period (Art. 45): notified 02/03, it runs to the end of 12/03 (stored on the
        // case), so the process opens the verification at 00:00 on 13/03.
        Assert.Equal(new DateOnly(2026, 3, 12), (await _host.CaseAsync(c.Id)).VoluntaryPeriodEndsOn);
        Assert.Empty(await _host.OpenTasksAsync(c.Number));
        await _host.AdvanceAsync(TimeSpan.FromDays(10));
        Assert.Empty(await _host.OpenTasksAsync(c.Number));
        await _host.AdvanceAsync(TimeSpan.FromDays(1));
        var verification = await _host.TaskAsync(c.Number, "verifyConditions");
        Assert.Equal(new DateTimeOffset(2026, 3, 13, 0, 0, 0, TimeSpan.FromHours(7)), verification.CreatedAt);
        // Art. 44: 10 days after the period's last day (12/03), which falls on Sunday 22/03 and moves to Monday
        // 23/03; the alarm rings the next morning.
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 8, 0, 0, TimeSpan.FromHours(7)), verification.DueAt);
        Assert.Equal((executor, "executor", Province), (verification.Assignee, verification.CandidateRole, verification.CandidateUnit));

        // The period ran to the end of 12/03, so the executor can verify as soon as the task appears.
        await _pages.VerifyAsync(c, hasConditions: true);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        await _pages.CollectEverythingAndCompleteAsync(c);

        var instance = await _host.InstanceAsync(c.InstanceId);
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal("enforcementCompleted", (await _host.CompletedElementsAsync(c.InstanceId))[^1]);
        Assert.Empty(await _host.OpenTasksAsync(c.Number));

        var done = await _host.CaseAsync(c.Id);
        Assert.Equal(EnforcementStatus.Completed, done.Status);
        Assert.Equal(new DateOnly(2026, 3, 16), done.StatusSince);
        Assert.Equal(
            [
                (null, EnforcementStatus.Accepted, LegalGroundCodes.DecisionOnRequest, new DateOnly(2026, 3, 2), "16/QĐ-THADS"),
                (EnforcementStatus.Accepted, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, new DateOnly(2026, 3, 2), null),
                (EnforcementStatus.VoluntaryPeriod, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, new DateOnly(2026, 3, 13), null),
                (EnforcementStatus.Verifying, EnforcementStatus.Executing, LegalGroundCodes.HasConditions, new DateOnly(2026, 3, 13), null),
                (EnforcementStatus.Executing, EnforcementStatus.Completed, LegalGroundCodes.Performed, new DateOnly(2026, 3, 16), null),
            ],
            done.StatusChanges.Select(s => ((EnforcementStatus?)s.From, s.To, s.GroundCode, s.On, s.DecisionNumber)));
        Assert.Equal(
            [("decision", false, Head), ("decision", true, Head)],
            done.Approvals.Select(a => (a.Kind, a.Approved, a.DecidedBy)));
        Assert.Equal("Ghi sai số tiền án phí, đề nghị sửa.", done.Approvals[0].Comment);
        var assignment = Assert.Single(done.Assignments);
        Assert.Equal((ExecutorAn, (int?)null, Head), (executor, assignment.PreviousExecutorId, assignment.AssignedBy));
        Assert.Equal(ExecutorAn, done.Executor!.UserName);

        // What the statistics read: a new case on request, accepted on the decision's date, completed, with conditions.
        Assert.Equal((AcceptanceKind.New, IntakePath.OnRequest, new DateOnly(2026, 3, 2)), (done.AcceptanceKind, done.IntakePath, done.AcceptedOn));
        Assert.Equal((true, new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 12)), (done.HasConditions, done.FirstVerifiedOn, done.VoluntaryPeriodEndsOn));
        Assert.All(done.Obligations, o => Assert.Equal(o.Amount, o.Paid));
        Assert.Equal(c.Total, done.MoneyEntries.Where(m => m.Kind == MoneyKind.Collected).Sum(m => m.Amount));
        Assert.Equal(c.Total, done.MoneyEntries.Where(m => m.Kind == MoneyKind.PaidOut).Sum(m => m.Amount));
        Assert.Equal(0, await _host.Cases.HeldBalanceAsync(ExecutorAn));

        // Every step was on time: no alert, no mail.
        Assert.Empty(await _host.AlertsAsync(c.Number));
        Assert.Empty(await _host.MailsAsync());
    }
}
