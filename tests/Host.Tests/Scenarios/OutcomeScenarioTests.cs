using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Scenarios 2–4: what the executor proposes at the execution step and the head decides — termination (Art. 50),
/// postponement then continuation (Art. 48), suspension (Art. 49). Each case is verified with conditions on
/// 13/03/2026 and reaches the execution task then; the proposal comes on Monday 16/03.
/// </summary>
public sealed class OutcomeScenarioTests : IAsyncLifetime
{
    private static readonly DateOnly Verified = new(2026, 3, 13);
    private static readonly DateOnly Proposed = new(2026, 3, 16);

    private ScenarioHost _host = null!;
    private CasePages _pages = null!;

    public async Task InitializeAsync()
    {
        _host = await ScenarioHost.StartAsync();
        _pages = new CasePages(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<ScenarioCase> ExecutingCaseAsync(string number)
    {
        var c = await _pages.OpenAndNotifyAsync(number, "30/QĐ-THADS");
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        await _pages.VerifyAsync(c, hasConditions: true);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        Assert.Equal(Proposed, _host.Clock.Today);
        return c;
    }

    [Fact]
    public async Task A_termination_the_head_approves_ends_the_case_as_terminated_on_its_article_50_ground()
    {
        var c = await ExecutingCaseAsync("HS-2026-002");
        // The creditor waives the rest of the debt in writing (Art. 50 cl. 1 c).
        await _pages.ProposeAsync(c, "terminated", LegalGroundCodes.TerminateAgreementOrWaiver);
        await _host.AdvanceAsync(TimeSpan.FromDays(2));
        await _pages.SignStatusDecisionAsync(c, "approveTermination", EnforcementStatus.Terminated, LegalGroundCodes.TerminateAgreementOrWaiver, "31/QĐ-THADS");

        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(c.InstanceId)).Status);
        Assert.Equal("enforcementTerminated", (await _host.CompletedElementsAsync(c.InstanceId))[^1]);
        Assert.Empty(await _host.OpenTasksAsync(c.Number));

        var terminated = await _host.CaseAsync(c.Id);
        Assert.Equal((EnforcementStatus.Terminated, new DateOnly(2026, 3, 18)), (terminated.Status, terminated.StatusSince));
        var last = terminated.StatusChanges[^1];
        Assert.Equal(
            (EnforcementStatus.Executing, EnforcementStatus.Terminated, "50.1.c", "31/QĐ-THADS", Head),
            (last.From!.Value, last.To, last.GroundCode, last.DecisionNumber, last.ChangedBy));
        Assert.Contains("50", last.GroundCitation);
        Assert.Equal([("decision", true), ("termination", true)], terminated.Approvals.Select(a => (a.Kind, a.Approved)));
        // Statistics: a terminated case is closed (counted with the completed ones, Art. 52 cl. 2), verified with conditions.
        Assert.False(terminated.IsOpen);
        Assert.Equal((AcceptanceKind.New, true), (terminated.AcceptanceKind, terminated.HasConditions));
        Assert.All(terminated.Obligations, o => Assert.Equal(0, o.Paid));

        // The head signed within the 5 working days of Art. 50 cl. 2: no W13 alert.
        Assert.Empty(await _host.AlertsAsync(c.Number));
        Assert.Empty(await _host.MailsAsync());
    }

    [Fact]
    public async Task A_postponed_case_waits_for_its_continuation_decision_then_executes_to_completion()
    {
        var c = await ExecutingCaseAsync("HS-2026-003");
        // The debtor is seriously ill (Art. 48 cl. 1 a).
        await _pages.ProposeAsync(c, "postponed", LegalGroundCodes.PostponeIllness);
        await _pages.SignStatusDecisionAsync(c, "approvePostponement", EnforcementStatus.Postponed, LegalGroundCodes.PostponeIllness, "32/QĐ-THADS");

        // While postponed only the executor's watch over the ground is open; nothing is timed.
        var waiting = Assert.Single(await _host.OpenTasksAsync(c.Number));
        Assert.Equal(("awaitResumption", c.Executor), (waiting.ElementId, waiting.Assignee));
        Assert.Equal(EnforcementStatus.Postponed, (await _host.CaseAsync(c.Id)).Status);
        Assert.Null(await _host.Engine.NextTimerDueAsync());

        await _host.AdvanceAsync(TimeSpan.FromDays(30));
        await _pages.ResumeAsync(c, LegalGroundCodes.ContinueAfterPostponement, "het-can-cu-hoan", "33/QĐ-THADS");
        await _pages.CollectEverythingAndCompleteAsync(c);

        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(c.InstanceId)).Status);
        Assert.Equal(
            ["approvePostponement", "postponementApproved", "awaitResumption", "executeJudgment", "executionOutcome", "enforcementCompleted"],
            (await _host.CompletedElementsAsync(c.InstanceId)).SkipWhile(e => e != "approvePostponement"));
        var done = await _host.CaseAsync(c.Id);
        Assert.Equal(EnforcementStatus.Completed, done.Status);
        Assert.Equal(
            [
                (EnforcementStatus.Executing, EnforcementStatus.Postponed, "48.1.a", Proposed, "32/QĐ-THADS"),
                (EnforcementStatus.Postponed, EnforcementStatus.Executing, "48.4", new DateOnly(2026, 4, 15), "33/QĐ-THADS"),
                (EnforcementStatus.Executing, EnforcementStatus.Completed, "52.1", new DateOnly(2026, 4, 15), null),
            ],
            done.StatusChanges.Skip(4).Select(s => (s.From!.Value, s.To, s.GroundCode, s.On, s.DecisionNumber)));
        Assert.Equal([("decision", true), ("postponement", true)], done.Approvals.Select(a => (a.Kind, a.Approved)));
        Assert.All(done.Obligations, o => Assert.Equal(o.Amount, o.Paid));
        Assert.Empty(await _host.AlertsAsync(c.Number));
        Assert.Empty(await _host.MailsAsync());
    }

    [Fact]
    public async Task A_suspension_signed_late_alerts_the_head_at_once_and_the_deputy_in_the_next_digest_and_the_case_waits_suspended()
    {
        var c = await ExecutingCaseAsync("HS-2026-004");
        // The court accepted a bankruptcy petition against the debtor (Art. 49).
        await _pages.ProposeAsync(c, "suspended", LegalGroundCodes.SuspendOnBankruptcy);
        // Five working days from Monday 16/03 end on Monday 23/03; the head signs on Tuesday 24/03.
        await _host.AdvanceAsync(TimeSpan.FromDays(8));
        await _pages.SignStatusDecisionAsync(c, "approveSuspension", EnforcementStatus.Suspended, LegalGroundCodes.SuspendOnBankruptcy, "34/QĐ-THADS");

        var instance = await _host.InstanceAsync(c.InstanceId);
        Assert.Equal(InstanceStatus.Running, instance.Status);
        var waiting = Assert.Single(await _host.OpenTasksAsync(c.Number));
        Assert.Equal(("awaitResumption", c.Executor, "resume"), (waiting.ElementId, waiting.Assignee, waiting.FormKey));

        var suspended = await _host.CaseAsync(c.Id);
        Assert.Equal((EnforcementStatus.Suspended, new DateOnly(2026, 3, 24)), (suspended.Status, suspended.StatusSince));
        var last = suspended.StatusChanges[^1];
        Assert.Equal((EnforcementStatus.Executing, "49.bankruptcy", "34/QĐ-THADS"), (last.From!.Value, last.GroundCode, last.DecisionNumber));
        // Statistics: still open (suspended, not ended), with conditions.
        Assert.True(suspended.IsOpen);
        Assert.Equal([("decision", true), ("suspension", true)], suspended.Approvals.Select(a => (a.Kind, a.Approved)));

        Assert.Equal([("W10-cham-ra-quyet-dinh-tam-dinh-chi", new DateOnly(2026, 3, 23))], await _host.AlertsAsync(c.Number));
        Assert.Equal(
            [(HeadEmail, "[THADS] Chậm ra quyết định tạm đình chỉ thi hành án — hồ sơ HS-2026-004"),
             (DeputyEmail, "[THADS] Tổng hợp cảnh báo ngày 24/03/2026 (1)")],
            await _host.MailsAsync());
    }
}
