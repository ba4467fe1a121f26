using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Scenarios 5 and 6: a debtor without conditions (Art. 44a) and the periodic re-verification that finds them
/// later (Art. 44 cl. 4); and a first verification that comes late (warning W7a).
/// </summary>
public sealed class NoConditionsScenarioTests : IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private ScenarioHost _host = null!;
    private CasePages _pages = null!;

    public async Task InitializeAsync()
    {
        _host = await ScenarioHost.StartAsync();
        _pages = new CasePages(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static DateTimeOffset At(int year, int month, int day, int hour = 8) => new(year, month, day, hour, 0, 0, Vietnam);

    [Fact]
    public async Task A_debtor_without_conditions_is_reverified_every_six_months_the_creditor_is_told_and_found_conditions_lead_back_to_completion()
    {
        // Three rounds at most, so that the cycle can run on after the creditor notice until conditions appear.
        var c = await _pages.OpenAndNotifyAsync("HS-2026-005", "40/QĐ-THADS", settings: new Dictionary<string, object?> { ["maxRounds"] = 3 });
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        await _pages.VerifyAsync(c, hasConditions: false);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        await _pages.SignStatusDecisionAsync(c, "approveNoConditions", EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets, "41/QĐ-THADS");
        await _pages.PublishAsync(c);

        // The 44a decision triggers the exemption check (Art. 61): 1,500,000 VND of court fee, nothing paid, only
        // after more than five years from the enforcement decision of 02/03/2026.
        var main = await _host.InstanceAsync(c.InstanceId);
        Assert.Equal(("false", "2031-03-03"), (ScenarioHost.Text(main, "eligible"), ScenarioHost.Text(main, "eligibleFrom")));
        var cycle = Assert.Single(await _host.InstancesAsync(c.Number), i => i.ProcessId == "thads-reverification");
        Assert.Empty(await _host.OpenTasksAsync(c.Number));

        // Round 1: six months from the verification of 13/03/2026 end on Sunday 13/09, so Monday 14/09; the task
        // comes 15 days before the alarm (during the National Day break), the executor works on Thursday 03/09.
        await _host.AdvanceToAsync(At(2026, 9, 3));
        var round1 = await _host.TaskAsync(c.Number, "reverify");
        Assert.Equal((At(2026, 8, 31), At(2026, 9, 15)), (round1.CreatedAt, round1.DueAt));
        await _pages.ReverifyAsync(c, conditionsFound: false);

        // The second verification in a row without conditions: the creditor must be told (W7c, 5 working days
        // counted from 03/09 over the weekend: Thursday 10/09). The executor is a day late.
        var notice = await _host.TaskAsync(c.Number, "notifyCreditor");
        Assert.Equal(c.Executor, notice.Assignee);
        await _host.AdvanceToAsync(At(2026, 9, 11));
        await _pages.NotifyCreditorAsync(c);

        // Round 2 counts from the re-verification of 03/09/2026: due 03/03/2027, task on 17/02/2027. No second notice.
        await _host.AdvanceToAsync(At(2027, 2, 17, 9));
        var round2 = await _host.TaskAsync(c.Number, "reverify");
        Assert.Equal((At(2027, 2, 17), At(2027, 3, 4)), (round2.CreatedAt, round2.DueAt));
        await _pages.ReverifyAsync(c, conditionsFound: false);
        Assert.DoesNotContain(await _host.OpenTasksAsync(c.Number), t => t.ElementId == "notifyCreditor");

        // Round 3 (from 17/02/2027: due 17/08/2027): the debtor now has an income; back to execution.
        await _host.AdvanceToAsync(At(2027, 8, 3, 9));
        await _pages.ReverifyAsync(c, conditionsFound: true);
        Assert.Equal("executeJudgment", Assert.Single(await _host.OpenTasksAsync(c.Number)).ElementId);
        await _pages.CollectEverythingAndCompleteAsync(c);

        main = await _host.InstanceAsync(c.InstanceId);
        Assert.Equal(InstanceStatus.Completed, main.Status);
        Assert.Equal(("true", "3"), (ScenarioHost.Text(main, "conditionsFound"), ScenarioHost.Text(main, "reverificationRounds")));
        Assert.Equal("enforcementCompleted", (await _host.CompletedElementsAsync(c.InstanceId))[^1]);
        var cycleElements = await _host.CompletedElementsAsync(cycle.Id);
        Assert.Equal(3, cycleElements.Count(e => e == "reverify"));
        Assert.Equal(1, cycleElements.Count(e => e == "notifyCreditor"));
        Assert.Equal("conditionsFoundEnd", cycleElements[^1]);

        var done = await _host.CaseAsync(c.Id);
        Assert.Equal(EnforcementStatus.Completed, done.Status);
        Assert.Equal(
            [
                (EnforcementStatus.Verifying, EnforcementStatus.NoConditions, "44a.1.a", new DateOnly(2026, 3, 16), "41/QĐ-THADS"),
                (EnforcementStatus.NoConditions, EnforcementStatus.Executing, "44.conditions-found", new DateOnly(2027, 8, 3), null),
                (EnforcementStatus.Executing, EnforcementStatus.Completed, "52.1", new DateOnly(2027, 8, 3), null),
            ],
            done.StatusChanges.Skip(3).Select(s => (s.From!.Value, s.To, s.GroundCode, s.On, s.DecisionNumber)));
        Assert.Equal(
            [
                (new DateOnly(2026, 3, 13), VerificationResult.NoConditions),
                (new DateOnly(2026, 9, 3), VerificationResult.NoConditions),
                (new DateOnly(2027, 2, 17), VerificationResult.NoConditions),
                (new DateOnly(2027, 8, 3), VerificationResult.HasConditions),
            ],
            done.Verifications.Select(v => (v.VerifiedOn, v.Result)));
        // Statistics: the 44a decision is kept even after conditions were found; the case counts as with conditions now.
        Assert.Equal(("41/QĐ-THADS", new DateOnly(2026, 3, 16), true), (done.NoConditionsDecisionNumber, done.NoConditionsDecisionDate, done.HasConditions));
        Assert.Equal([("decision", true), ("no-conditions", true)], done.Approvals.Select(a => (a.Kind, a.Approved)));
        Assert.Equal(
            [(c.DebtorId, new DateOnly(2026, 3, 2)), (c.CreditorId, new DateOnly(2026, 9, 11))],
            done.Notices.Select(n => (n.RecipientPartyId!.Value, n.NotifiedOn)));

        // Only the late creditor notice raised an alert: the head by mail at once, the deputy in the next digest.
        Assert.Equal([("W7c-thong-bao-nguoi-duoc-thi-hanh-an", new DateOnly(2026, 9, 10))], await _host.AlertsAsync(c.Number));
        Assert.Equal(
            [(HeadEmail, "[THADS] Chưa thông báo kết quả xác minh cho người được thi hành án — hồ sơ HS-2026-005"),
             (DeputyEmail, "[THADS] Tổng hợp cảnh báo ngày 11/09/2026 (1)")],
            await _host.MailsAsync());
    }

    [Fact]
    public async Task A_late_first_verification_raises_W7a_once_and_mails_the_head_once_even_when_its_timer_path_runs_again_that_day()
    {
        var c = await _pages.OpenAndNotifyAsync("HS-2026-006", "42/QĐ-THADS");
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        var verification = await _host.TaskAsync(c.Number, "verifyConditions");
        Assert.Equal(At(2026, 3, 24), verification.DueAt);

        // Nobody verifies: the alarm rings on the morning of 24/03.
        await _host.AdvanceToAsync(At(2026, 3, 24, 9));
        Assert.Equal([("W7a-cham-xac-minh", new DateOnly(2026, 3, 24))], await _host.AlertsAsync(c.Number));
        Assert.Equal([(HeadEmail, "[THADS] Chậm xác minh điều kiện thi hành án — hồ sơ HS-2026-006")], await _host.MailsAsync());

        // The executor verifies late that morning and finds nothing; the head refuses the 44a decision and sends
        // the case back to verification. The new verification task's alarm is already past, so the W7a path runs
        // again the same day.
        await _pages.VerifyAsync(c, hasConditions: false);
        await _host.AdvanceAsync(TimeSpan.FromHours(1));
        await _pages.RejectAsync(c, "approveNoConditions", "Chưa xác minh tài khoản ngân hàng; đề nghị xác minh lại.");

        var elements = await _host.CompletedElementsAsync(c.InstanceId);
        Assert.Equal(2, elements.Count(e => e == "notifyVerificationOverdue"));
        var again = await _host.TaskAsync(c.Number, "verifyConditions");
        Assert.NotEqual(verification.Id, again.Id);
        Assert.Equal((c.Executor, At(2026, 3, 24)), (again.Assignee, again.DueAt));
        Assert.Equal([("W7a-cham-xac-minh", new DateOnly(2026, 3, 24))], await _host.AlertsAsync(c.Number));
        Assert.Equal([(HeadEmail, "[THADS] Chậm xác minh điều kiện thi hành án — hồ sơ HS-2026-006")], await _host.MailsAsync());

        // The deputy reads it in the next morning's digest, once.
        await _host.AdvanceToAsync(At(2026, 3, 25, 9));
        Assert.Equal(
            [(HeadEmail, "[THADS] Chậm xác minh điều kiện thi hành án — hồ sơ HS-2026-006"),
             (DeputyEmail, "[THADS] Tổng hợp cảnh báo ngày 25/03/2026 (1)")],
            await _host.MailsAsync());

        Assert.Equal(InstanceStatus.Running, (await _host.InstanceAsync(c.InstanceId)).Status);
        var waiting = await _host.CaseAsync(c.Id);
        // Verifying since the voluntary period was over (13/03, Arts. 44, 45), not since the late verification.
        Assert.Equal((EnforcementStatus.Verifying, new DateOnly(2026, 3, 13)), (waiting.Status, waiting.StatusSince));
        Assert.Equal((new DateOnly(2026, 3, 24), (bool?)false), (waiting.LastVerifiedOn!.Value, waiting.HasConditions));
        Assert.Equal([("decision", true), ("no-conditions", false)], waiting.Approvals.Select(a => (a.Kind, a.Approved)));
        Assert.Null(waiting.NoConditionsDecisionNumber);
    }
}
