using System.Text.Json.Nodes;
using Thads.Workflows.Runtime;
using Xunit;
using static Thads.Workflows.Tests.Definitions.StandardDefinitions;

namespace Thads.Workflows.Tests.Definitions;

/// <summary>
/// Every path of the standard processes, run on the engine with the contract doubles: people accept the form
/// defaults unless a scenario answers otherwise, and the clock jumps to the next timer when nobody has work.
/// </summary>
public sealed class StandardProcessScenarioTests
{
    private static object Case(string businessKey, object? extra = null)
    {
        var variables = new Dictionary<string, object?> { ["caseId"] = 42, ["caseNumber"] = businessKey, ["unitCode"] = "HCM", ["amount"] = 15_000_000 };
        foreach (var (key, value) in Engine.EngineHarness.ToDictionary(extra) ?? new Dictionary<string, object?>())
        {
            variables[key] = value;
        }

        return variables;
    }

    private static string NewKey() => "HS-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task With_every_default_the_main_process_goes_from_intake_to_completion_after_the_voluntary_period()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        var done = await h.WalkAsync(instance.Id);

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(
            ["receiveCase", "draftDecision", "approveDecision", "assignExecutor", "notifyParties", "verifyConditions", "executeJudgment"],
            h.Completed);
        Assert.Contains("enforcementCompleted", h.CompletedElements(Main));
        Assert.Equal(ContractActivities.SuggestedExecutor, done.Variables["executor"]!.GetValue<string>());
        // Notified on the start day (the date the form took): the 10 days end with day 10, verification opens at 00:00 on day 11.
        Assert.Equal(StartOfDay(DefinitionsHarness.Start.AddDays(11)), h.Clock.Now);
        Assert.Empty(ContractActivities.AlertsFor(key));
    }

    [Fact]
    public async Task Executor_tasks_go_to_the_assigned_executor_of_the_unit_with_the_legal_due_dates()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        await h.WalkAsync(instance.Id, stopAt: "notifyParties");
        var notify = Assert.Single(await h.OpenTasksAsync());
        Assert.Equal(("chv.an", "executor", "HCM", "notification"), (notify.Assignee, notify.CandidateRole, notify.CandidateUnit, notify.FormKey));
        Assert.Equal(DefinitionsHarness.Start.AddDays(3), notify.DueAt);

        await h.WalkAsync(instance.Id, stopAt: "verifyConditions");
        var verify = Assert.Single(await h.OpenTasksAsync());
        // The stand-in counts 10 days from when the voluntary period was over (00:00 on day 11).
        Assert.Equal(StartOfDay(DefinitionsHarness.Start.AddDays(21)), verify.DueAt);
    }

    [Fact]
    public async Task A_request_the_agency_cannot_accept_is_refused_in_writing()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        var done = await h.WalkAsync(instance.Id, new Answers().At("receiveCase", new { accepted = false }));

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(["receiveCase", "refuseRequest"], h.Completed);
        Assert.Contains("requestRefused", h.CompletedElements(Main));
    }

    [Fact]
    public async Task A_rejected_decision_goes_back_to_the_draft()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        await h.WalkAsync(instance.Id, new Answers().At("approveDecision", new { decision = "reject", comment = "Sai số tiền" }));

        Assert.Equal(["receiveCase", "draftDecision", "approveDecision", "draftDecision", "approveDecision", "assignExecutor"], h.Completed.Take(6));
    }

    [Fact]
    public async Task Termination_is_approved_by_the_head_and_ends_the_case()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        var done = await h.WalkAsync(instance.Id, new Answers().At("executeJudgment", new { outcome = "terminated", legalGround = "điểm c khoản 1 Điều 50" }));

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(["executeJudgment", "approveTermination"], h.Completed.TakeLast(2));
        Assert.Contains("enforcementTerminated", h.CompletedElements(Main));
    }

    [Fact]
    public async Task A_rejected_termination_goes_back_to_execution()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        await h.WalkAsync(instance.Id, new Answers()
            .At("executeJudgment", new { outcome = "terminated" })
            .At("approveTermination", new { decision = "reject" }));

        Assert.Equal(["executeJudgment", "approveTermination", "executeJudgment"], h.Completed.TakeLast(3));
        Assert.Contains("enforcementCompleted", h.CompletedElements(Main));
    }

    [Theory]
    [InlineData("postponed", "approvePostponement")]
    [InlineData("suspended", "approveSuspension")]
    public async Task Postponement_and_suspension_wait_for_the_continuation_then_execution_resumes(string outcome, string approval)
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        var done = await h.WalkAsync(instance.Id, new Answers().At("executeJudgment", new { outcome }));

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(["executeJudgment", approval, "awaitResumption", "executeJudgment"], h.Completed.TakeLast(4));
        Assert.Contains("enforcementCompleted", h.CompletedElements(Main));
    }

    [Fact]
    public async Task A_rejected_postponement_goes_back_to_execution()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        await h.WalkAsync(instance.Id, new Answers()
            .At("executeJudgment", new { outcome = "postponed" })
            .At("approvePostponement", new { decision = "reject" }));

        Assert.Equal(["executeJudgment", "approvePostponement", "executeJudgment"], h.Completed.TakeLast(3));
        Assert.DoesNotContain("awaitResumption", h.Completed);
    }

    [Fact]
    public async Task Delegation_to_a_military_agency_runs_the_delegation_process_and_ends_the_case_here()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        var done = await h.WalkAsync(instance.Id, new Answers().At("executeJudgment", new { outcome = "delegate" }));

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(["executeJudgment", "prepareDelegation", "approveDelegation", "delegateToAgency"], h.Completed.TakeLast(4));
        Assert.Contains("caseDelegated", h.CompletedElements(Main));
        Assert.Contains("delegatedEnd", h.CompletedElements(Delegation));
        Assert.Equal("QK7", done.Variables["targetUnitCode"]!.GetValue<string>());
        Assert.Equal(9001, done.Variables["receivingCaseId"]!.GetValue<long>());
        var child = (await h.Engine.QueryInstancesAsync(new InstanceQuery())).Single(i => i.ProcessId == Delegation);
        Assert.Equal(key, child.BusinessKey);
    }

    [Fact]
    public async Task After_delegating_part_of_a_case_the_rest_is_executed_here()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        var done = await h.WalkAsync(instance.Id, new Answers()
            .At("executeJudgment", new { outcome = "delegate" })
            .At("prepareDelegation", new { targetUnitCode = "HN", delegationScope = "mot-phan", delegationReason = "tai-san" }));

        Assert.Equal(["executeJudgment", "prepareDelegation", "approveDelegation", "delegateToAgency", "executeJudgment"], h.Completed.TakeLast(5));
        Assert.Contains("enforcementCompleted", h.CompletedElements(Main));
        Assert.DoesNotContain("caseDelegated", h.CompletedElements(Main));
        Assert.Equal("HN", done.Variables["targetUnitCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_conditions_the_head_decides_under_article_44a_and_two_re_verifications_follow_with_the_creditor_notified()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        var done = await h.WalkAsync(instance.Id, new Answers()
            .At("verifyConditions", new { hasConditions = false, noConditionsGround = "44a.1.a", reverificationKind = "Default", verificationDate = "2026-01-20" })
            .At("reverify", new { verificationDate = "2026-07-10" }, new { verificationDate = "2027-01-05" }));

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(
            ["verifyConditions", "approveNoConditions", "publishNoConditions", "reverify", "notifyCreditor", "reverify"],
            h.Completed.SkipWhile(e => e != "verifyConditions"));
        Assert.Contains("enforcementWithoutConditions", h.CompletedElements(Main));
        Assert.Contains("stillNoConditionsEnd", h.CompletedElements(Reverification));
        Assert.False(done.Variables["conditionsFound"]!.GetValue<bool>());
        Assert.Equal(2, done.Variables["reverificationRounds"]!.GetValue<long>());
        Assert.Equal("2027-01-05", done.Variables["verificationDate"]!.GetValue<string>());
        Assert.DoesNotContain("reviewExemption", h.CompletedElements(Main));
    }

    [Fact]
    public async Task Re_verification_is_asked_for_fifteen_days_before_it_is_due_six_months_after_the_last_verification()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));
        var answers = new Answers().At("verifyConditions", new { hasConditions = false, verificationDate = "2026-01-20" });

        await h.WalkAsync(instance.Id, answers, stopAt: "reverify");

        var task = Assert.Single(await h.OpenTasksAsync());
        var due = new DateTimeOffset(2026, 7, 20, 8, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(due, task.DueAt);
        Assert.Equal(due.AddDays(-15), task.CreatedAt);
        Assert.Equal(("chv.an", "executor", "reverification"), (task.Assignee, task.CandidateRole, task.FormKey));

        await h.AdvanceAsync(TimeSpan.FromDays(15));
        Assert.Equal(["W7b-qua-han-xac-minh-lai"], ContractActivities.AlertsFor(key));
        Assert.Single(await h.OpenTasksAsync());
    }

    [Fact]
    public async Task A_debtor_in_prison_is_re_verified_yearly()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));
        var answers = new Answers().At("verifyConditions", new { hasConditions = false, reverificationKind = "LongPrison", verificationDate = "2026-01-20" });

        await h.WalkAsync(instance.Id, answers, stopAt: "reverify");

        Assert.Equal(new DateTimeOffset(2027, 1, 20, 8, 0, 0, TimeSpan.FromHours(7)), Assert.Single(await h.OpenTasksAsync()).DueAt);
    }

    [Fact]
    public async Task Conditions_found_at_a_re_verification_send_the_case_back_to_execution()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        var done = await h.WalkAsync(instance.Id, new Answers()
            .At("verifyConditions", new { hasConditions = false })
            .At("reverify", new { }, new { conditionsFound = true }));

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(["reverify", "notifyCreditor", "reverify", "executeJudgment"], h.Completed.TakeLast(4));
        Assert.Contains("conditionsFoundEnd", h.CompletedElements(Reverification));
        Assert.Contains("enforcementCompleted", h.CompletedElements(Main));
    }

    [Fact]
    public async Task A_rejected_no_conditions_decision_sends_the_executor_back_to_verify()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));

        await h.WalkAsync(instance.Id, new Answers()
            .At("verifyConditions", new { hasConditions = false })
            .At("approveNoConditions", new { decision = "reject" }));

        Assert.Equal(["verifyConditions", "approveNoConditions", "verifyConditions", "executeJudgment"], h.Completed.SkipWhile(e => e != "verifyConditions"));
    }

    [Fact]
    public async Task An_obligation_eligible_for_exemption_is_proposed_before_the_re_verification_cycle()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        ContractActivities.EligibleForExemption[key] = true;
        var instance = await h.StartAsync(Main, key, Case(key));

        var done = await h.WalkAsync(instance.Id, new Answers().At("verifyConditions", new { hasConditions = false }));

        Assert.Equal(
            ["approveNoConditions", "publishNoConditions", "proposeExemption", "approveExemption", "reverify"],
            h.Completed.SkipWhile(e => e != "approveNoConditions").Take(5));
        Assert.True(done.Variables["exemptionProposed"]!.GetValue<bool>());
        Assert.Contains("exemptionProposedEnd", h.CompletedElements(ExemptionReview));
    }

    [Fact]
    public async Task A_late_notification_is_escalated_after_three_working_days_and_the_task_stays_open()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));
        await h.WalkAsync(instance.Id, stopAt: "notifyParties");

        await h.AdvanceAsync(TimeSpan.FromDays(2));
        Assert.Empty(ContractActivities.AlertsFor(key));
        await h.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(["W5-cham-thong-bao"], ContractActivities.AlertsFor(key));
        Assert.Equal(["notifyParties"], (await h.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Theory]
    [InlineData("theo-don", "W1-cham-ra-quyet-dinh-theo-don")]
    [InlineData("chu-dong", "W2-cham-ra-quyet-dinh-chu-dong")]
    public async Task A_decision_not_issued_within_five_working_days_is_escalated_by_intake_path(string intakePath, string rule)
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));
        await h.WalkAsync(instance.Id, new Answers().At("receiveCase", new { intakePath }), stopAt: "draftDecision");

        await h.AdvanceAsync(TimeSpan.FromDays(6));
        Assert.Empty(ContractActivities.AlertsFor(key));
        await h.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal([rule], ContractActivities.AlertsFor(key));
    }

    [Fact]
    public async Task A_late_first_verification_is_escalated_when_the_computed_due_date_passes()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Main, key, Case(key));
        await h.WalkAsync(instance.Id, stopAt: "verifyConditions");

        await h.AdvanceAsync(TimeSpan.FromDays(10));

        Assert.Equal(["W7a-cham-xac-minh"], ContractActivities.AlertsFor(key));
    }

    [Fact]
    public async Task The_re_verification_cycle_alone_runs_two_rounds_by_default_and_notifies_the_creditor_after_the_first()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var instance = await h.StartAsync(Reverification, NewKey());

        var done = await h.WalkAsync(instance.Id);

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(["reverify", "notifyCreditor", "reverify"], h.Completed);
        Assert.False(done.Variables["conditionsFound"]!.GetValue<bool>());
        Assert.Equal(2, done.Variables["round"]!.GetValue<long>());
    }

    [Fact]
    public async Task Without_an_earlier_failed_verification_the_creditor_is_notified_after_the_second_round_and_max_rounds_is_configurable()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var instance = await h.StartAsync(Reverification, NewKey(), new { previousFailedVerifications = 0, maxRounds = 3 });

        await h.WalkAsync(instance.Id);

        Assert.Equal(["reverify", "reverify", "notifyCreditor", "reverify"], h.Completed);
    }

    [Fact]
    public async Task Exemption_review_alone_ends_when_the_obligation_is_not_eligible()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var instance = await h.StartAsync(ExemptionReview, NewKey());

        var done = await h.WalkAsync(instance.Id);

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Empty(h.Completed);
        Assert.Contains("notEligibleEnd", h.CompletedElements(ExemptionReview));
    }

    [Fact]
    public async Task A_rejected_exemption_proposal_goes_back_to_the_executor()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        ContractActivities.EligibleForExemption[key] = true;
        var instance = await h.StartAsync(ExemptionReview, key, new { unitCode = "HCM", executor = "chv.an" });

        await h.WalkAsync(instance.Id, new Answers().At("approveExemption", new { decision = "reject" }));

        Assert.Equal(["proposeExemption", "approveExemption", "proposeExemption", "approveExemption"], h.Completed);
    }

    [Fact]
    public async Task A_delegation_not_decided_in_five_working_days_and_not_accepted_in_five_more_is_escalated_to_the_sending_unit()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var key = NewKey();
        var instance = await h.StartAsync(Delegation, key, new { unitCode = "HCM", executor = "chv.an" });
        await h.WalkAsync(instance.Id, stopAt: "prepareDelegation");

        await h.AdvanceAsync(TimeSpan.FromDays(7));
        Assert.Equal(["W14-cham-uy-thac"], ContractActivities.AlertsFor(key));

        await h.WalkAsync(instance.Id, stopAt: "delegateToAgency");
        var acceptance = Assert.Single(await h.OpenTasksAsync());
        Assert.Equal("QK7", acceptance.CandidateUnit);
        await h.AdvanceAsync(TimeSpan.FromDays(7));

        Assert.Equal(["W14-cham-uy-thac", "W15-chua-nhan-uy-thac"], ContractActivities.AlertsFor(key));
        Assert.All(ContractActivities.Alerts.Where(a => a.BusinessKey == key), a => Assert.Equal("HCM", a.UnitCode));
    }

    [Fact]
    public async Task A_handover_whose_money_does_not_balance_goes_back_to_the_list()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var instance = await h.StartAsync(Handover, NewKey(), new
        {
            unitCode = "HCM", fromExecutor = "chv.an", toExecutor = "chv.binh", moneyAmount = 15_000_000, testLedgerAmount = 20_000_000,
        });

        var done = await h.WalkAsync(instance.Id, new Answers().At("prepareHandover", new { }, new { moneyAmount = 20_000_000 }));

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(["prepareHandover", "handOver", "prepareHandover", "handOver"], h.Completed);
        Assert.Equal(20_000_000m, done.Variables["handedOverMoney"]!.GetValue<decimal>());
        Assert.Contains(h.Observer.Events, e => e.Type == WorkflowEventTypes.ErrorThrown && e.ElementId == "handOver");
    }

    [Fact]
    public async Task The_handover_list_goes_to_the_outgoing_executor_by_default()
    {
        var h = await DefinitionsHarness.CreateAsync();
        var instance = await h.StartAsync(Handover, NewKey(), new { unitCode = "HCM", executor = "chv.an", toExecutor = "chv.binh" });

        var task = (await h.Engine.GetInstanceAsync(instance.Id))!.OpenTasks.Single();

        Assert.Equal(("prepareHandover", "chv.an", "executor", "HCM"), (task.ElementId, task.Assignee, task.CandidateRole, task.CandidateUnit));
        Assert.Equal(0, (await h.Engine.GetInstanceAsync(instance.Id))!.Variables["moneyAmount"]!.GetValue<long>());
    }

    private static DateTimeOffset StartOfDay(DateTimeOffset moment) => new(moment.Date, moment.Offset);
}
