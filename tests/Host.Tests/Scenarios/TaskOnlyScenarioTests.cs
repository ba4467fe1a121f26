using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Activities;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Issue 5: people move a case forward only by completing their tasks, so what they enter on the task forms must reach
/// the case. After the registration these scenarios call nothing but the workflow's task completion — no
/// <see cref="CaseService"/> write — and read the case afterwards.
/// </summary>
public sealed class TaskOnlyScenarioTests : IAsyncLifetime
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
    public async Task Completing_only_the_tasks_carries_a_case_from_intake_to_execution_with_its_decision_notice_verification_and_status_history()
    {
        var c = await _pages.OpenCaseAsync("HS-2026-301");
        await CompleteAsync(c, "receiveCase", Intake, new()
        {
            ["intakePath"] = "theo-don",
            ["receivedDate"] = "2026-02-27",
            ["judgmentNumber"] = "25/2026/DS-ST",
            ["judgmentDate"] = "2026-01-15",
            ["court"] = "Tòa án nhân dân khu vực 1 – Hà Nội",
            ["obligationKind"] = "tra-tien-tai-san",
            ["amount"] = c.Total,
            ["accepted"] = true,
        });
        await CompleteAsync(c, "draftDecision", Intake, new()
        {
            ["decisionNumber"] = "301/QĐ-THADS",
            ["decisionDate"] = "2026-03-02",
            ["amount"] = c.Total,
            ["decisionContent"] = "Thi hành án phí và khoản trả nợ.",
        });
        await CompleteAsync(c, "approveDecision", Head, new() { ["decision"] = "approve", ["comment"] = "Đồng ý ký." });

        // The head's approval is the decision (Art. 36): the case is open, so the assignment is possible.
        var decided = await _host.CaseAsync(c.Id);
        Assert.Equal(
            (EnforcementStatus.Accepted, "301/QĐ-THADS", new DateOnly(2026, 3, 2), "Nguyễn Văn Trưởng", new DateOnly(2026, 3, 2)),
            (decided.Status, decided.DecisionNumber, decided.DecisionDate, decided.DecisionSignedBy, decided.AcceptedOn));

        await CompleteAsync(c, "assignExecutor", Head, new() { ["executor"] = ExecutorAn });
        await CompleteAsync(c, "notifyParties", ExecutorAn, new()
        {
            ["notifiedDate"] = "2026-03-02",
            ["notificationMethod"] = "buu-chinh",
            ["procuracyNotified"] = true,
        });

        // Art. 39 and 45: the notice to the debtor (by post, on the decision of 02/03) is on the case and the voluntary period runs from its date.
        var notified = await _host.CaseAsync(c.Id);
        var notice = Assert.Single(notified.Notices);
        Assert.Equal(
            (c.DebtorId, CasePages.DebtorName, new DateOnly(2026, 3, 2), NoticeMethod.Post, new DateOnly(2026, 3, 2)),
            (notice.RecipientPartyId!.Value, notice.RecipientName, notice.NotifiedOn, notice.Method, notice.DocumentDate!.Value));
        Assert.Equal((EnforcementStatus.VoluntaryPeriod, new DateOnly(2026, 3, 12)), (notified.Status, notified.VoluntaryPeriodEndsOn!.Value));

        // The period was over at the end of 12/03, so the case is verifying from 13/03; the executor verifies on 14/03.
        await _host.AdvanceAsync(TimeSpan.FromDays(12));
        await CompleteAsync(c, "verifyConditions", ExecutorAn, new()
        {
            ["verificationDate"] = "2026-03-14",
            ["verificationRecordNumber"] = "BB-301/2026",
            ["debtorDeclared"] = true,
            ["assetsAndIncome"] = "Tài khoản ngân hàng đủ số dư.",
            ["hasConditions"] = true,
        });

        var executing = await _host.CaseAsync(c.Id);
        Assert.Equal(EnforcementStatus.Executing, executing.Status);
        Assert.Equal(
            [
                (null, EnforcementStatus.Accepted, LegalGroundCodes.DecisionOnRequest, new DateOnly(2026, 3, 2), "301/QĐ-THADS"),
                (EnforcementStatus.Accepted, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, new DateOnly(2026, 3, 2), null),
                (EnforcementStatus.VoluntaryPeriod, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, new DateOnly(2026, 3, 13), null),
                (EnforcementStatus.Verifying, EnforcementStatus.Executing, LegalGroundCodes.HasConditions, new DateOnly(2026, 3, 14), null),
            ],
            executing.StatusChanges.Select(s => ((EnforcementStatus?)s.From, s.To, s.GroundCode, s.On, s.DecisionNumber)));
        var verification = Assert.Single(executing.Verifications);
        Assert.Equal(
            (new DateOnly(2026, 3, 14), VerificationResult.HasConditions, (NoConditionsReason?)null, executing.ExecutorId!.Value),
            (verification.VerifiedOn, verification.Result, verification.NoConditionsReason, verification.ExecutorId));
        Assert.Contains("BB-301/2026", verification.Notes);
        Assert.Equal((true, new DateOnly(2026, 3, 14)), (executing.HasConditions!.Value, executing.FirstVerifiedOn!.Value));
        Assert.Equal([("decision", true, Head)], executing.Approvals.Select(a => (a.Kind, a.Approved, a.DecidedBy)));
        Assert.Equal(ExecutorAn, executing.Executor!.UserName);

        Assert.Equal("executeJudgment", (await _host.TaskAsync(c.Number, "executeJudgment")).ElementId);
        Assert.Empty(await _host.Engine.QueryIncidentsAsync(c.InstanceId));
    }

    [Fact]
    public async Task A_decision_the_case_refuses_keeps_the_approval_task_open_with_the_message_and_writes_nothing()
    {
        var c = await _pages.OpenCaseAsync("HS-2026-302");
        await _pages.ReceiveAsync(c);
        // The draft dates the decision before the request was received (27/02/2026), which Art. 36 does not allow.
        await CompleteAsync(c, "draftDecision", Intake, new()
        {
            ["decisionNumber"] = "302/QĐ-THADS",
            ["decisionDate"] = "2026-02-20",
            ["amount"] = c.Total,
            ["decisionContent"] = "Thi hành án phí và khoản trả nợ.",
        });
        var approval = await _host.TaskAsync(c.Number, "approveDecision");

        var refusal = await Assert.ThrowsAsync<TaskInputRefusedException>(
            () => _host.CompleteAsync(approval, Head, new Dictionary<string, object?> { ["decision"] = "approve" }));

        Assert.Contains("302/QĐ-THADS", refusal.Message);
        Assert.Contains("ngày nhận đơn yêu cầu thi hành án", refusal.Message);
        Assert.Contains(refusal.FieldErrors, e => e.Key == "DecisionDate");
        Assert.Equal(approval.Id, (await _host.TaskAsync(c.Number, "approveDecision")).Id);
        Assert.Empty(await _host.Engine.QueryIncidentsAsync(c.InstanceId));
        var untouched = await _host.CaseAsync(c.Id);
        Assert.Equal((null, null), (untouched.Status, untouched.DecisionNumber));
        Assert.Empty(untouched.Approvals);
        Assert.Empty(untouched.StatusChanges);

        // The head sends the draft back; corrected, it is signed and the case opens once.
        await _pages.RejectAsync(c, "approveDecision", "Ngày quyết định trước ngày nhận đơn, đề nghị sửa.");
        await _pages.DraftDecisionAsync(c, "302/QĐ-THADS");
        await _pages.SignDecisionAsync(c);
        var decided = await _host.CaseAsync(c.Id);
        Assert.Equal((EnforcementStatus.Accepted, "302/QĐ-THADS"), (decided.Status!.Value, decided.DecisionNumber));
        Assert.Single(decided.StatusChanges);
        Assert.Equal([("decision", false), ("decision", true)], decided.Approvals.Select(a => (a.Kind, a.Approved)));
        Assert.Equal(InstanceStatus.Running, (await _host.InstanceAsync(c.InstanceId)).Status);
        Assert.Equal("assignExecutor", (await _host.TaskAsync(c.Number, "assignExecutor")).ElementId);
    }

    [Fact]
    public async Task A_verification_without_conditions_is_recorded_with_its_ground_and_a_verification_the_case_refuses_is_an_incident_naming_it()
    {
        var c = await _pages.OpenAndNotifyAsync("HS-2026-303", "303/QĐ-THADS");
        await _host.AdvanceAsync(TimeSpan.FromDays(11));

        // A verification dated before the decision (02/03/2026): the case refuses it and the process stops visibly.
        await CompleteAsync(c, "verifyConditions", c.Executor!, new()
        {
            ["verificationDate"] = "2026-03-01",
            ["hasConditions"] = false,
            ["noConditionsGround"] = "44a.1.c",
            ["reverificationKind"] = "UnknownAddress",
        });
        var incident = Assert.Single(await _host.Engine.QueryIncidentsAsync(c.InstanceId));
        Assert.Equal("recordVerification", incident.ElementId);
        Assert.Contains("01/03/2026", incident.Message);
        Assert.Contains("ngày ra quyết định thi hành án", incident.Message);
        Assert.Empty((await _host.CaseAsync(c.Id)).Verifications);

        var second = await _pages.OpenAndNotifyAsync("HS-2026-304", "304/QĐ-THADS");
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        await _pages.VerifyAsync(second, hasConditions: false, NoConditionsReason.AddressUnknown);

        var verifying = await _host.CaseAsync(second.Id);
        var record = Assert.Single(verifying.Verifications);
        Assert.Equal((VerificationResult.NoConditions, (NoConditionsReason?)NoConditionsReason.AddressUnknown), (record.Result, record.NoConditionsReason));
        // Without conditions the status waits for the head's Art. 44a decision.
        Assert.Equal((EnforcementStatus.Verifying, (bool?)false), (verifying.Status!.Value, verifying.HasConditions));
        Assert.Equal("approveNoConditions", (await _host.TaskAsync(second.Number, "approveNoConditions")).ElementId);
    }

    private Task<InstanceSnapshot> CompleteAsync(ScenarioCase c, string elementId, string actor, Dictionary<string, object?> values) =>
        _pages.CompleteAsync(c, elementId, actor, values);
}
