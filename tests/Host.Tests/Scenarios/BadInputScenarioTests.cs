using System.Text.Json;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Scenario 11: what a page submits in the middle of a running process is checked by the case service before anything
/// moves. A refusal names the field, and neither the case nor the process instance changes, so the person corrects
/// the input and carries on.
/// </summary>
public sealed class BadInputScenarioTests : IAsyncLifetime
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
    public async Task A_request_without_a_debtor_is_refused_naming_the_parties_and_nothing_is_registered()
    {
        var intake = new CaseIntake(
            Province, "HS-2026-099", IntakePath.OnRequest, JudgmentType.Civil, "Tòa án nhân dân khu vực 1 – Hà Nội", "99/2026/DS-ST", CasePages.JudgmentDate,
            [new PartyInput(PartyRole.Creditor, PartyKind.Person, CasePages.CreditorName)],
            [])
        {
            RequestReceivedOn = CasePages.RequestReceivedOn,
            RequesterName = CasePages.CreditorName,
        };

        var refusal = await Assert.ThrowsAsync<CaseValidationException>(() => _host.Cases.RegisterAsync(intake, Intake));

        Assert.Contains(refusal.Errors, e => e.Field == "Parties");
        await using var db = await _host.Contexts.CreateDbContextAsync();
        Assert.Empty(db.Cases);
        Assert.Empty(await _host.InstancesAsync("HS-2026-099"));
    }

    [Fact]
    public async Task Bad_input_at_the_signing_and_execution_steps_is_refused_naming_the_field_and_leaves_case_and_instance_unchanged()
    {
        var c = await _pages.OpenCaseAsync("HS-2026-011");
        await _pages.ReceiveAsync(c);
        await _pages.DraftDecisionAsync(c, "80/QĐ-THADS");

        // The head's page submits a decision dated before the judgment it enforces (15/01/2026).
        await AssertRefusedAndUnchangedAsync(
            c,
            () => _host.Cases.IssueDecisionAsync(c.Id, "80/QĐ-THADS", new DateOnly(2026, 1, 10), "Nguyễn Văn Trưởng", Head),
            "DecisionDate");
        Assert.Null((await _host.CaseAsync(c.Id)).Status);
        await _pages.SignDecisionAsync(c);
        await _pages.AssignSuggestedExecutorAsync(c);
        await _pages.NotifyDebtorAsync(c);
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        await _pages.VerifyAsync(c, hasConditions: true);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        Assert.Equal("executeJudgment", Assert.Single(await _host.OpenTasksAsync(c.Number)).ElementId);

        // A negative amount collected.
        await AssertRefusedAndUnchangedAsync(
            c,
            () => _host.Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, -500_000, _host.Clock.Today) { ObligationId = c.PrivateDebtId, ReceiptNumber = "BL-1" }, c.Executor!),
            "Amount");
        // More paid out than the executor holds on the case (nothing collected yet).
        await AssertRefusedAndUnchangedAsync(
            c,
            () => _host.Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.PaidOut, 1_000_000, _host.Clock.Today) { PartyId = c.CreditorId }, c.Executor!),
            "Amount");
        // Status changes the law does not allow: back to the voluntary period, and a postponement on a termination ground.
        await AssertRefusedAndUnchangedAsync(
            c,
            () => _host.Cases.ChangeStatusAsync(c.Id, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, _host.Clock.Today, null, c.Executor!),
            "NewStatus");
        await AssertRefusedAndUnchangedAsync(
            c,
            () => _host.Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Postponed, LegalGroundCodes.TerminateAgreementOrWaiver, _host.Clock.Today, "81/QĐ-THADS", Head),
            "Ground");
        // Completion while everything is still owed (Art. 52).
        await AssertRefusedAndUnchangedAsync(
            c,
            () => _host.Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Completed, LegalGroundCodes.Performed, _host.Clock.Today, null, c.Executor!),
            "NewStatus");

        // Corrected, the same task carries on to the end.
        await _pages.CollectEverythingAndCompleteAsync(c);
        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(c.InstanceId)).Status);
        Assert.Equal(EnforcementStatus.Completed, (await _host.CaseAsync(c.Id)).Status);
        Assert.Empty(await _host.AlertsAsync(c.Number));
        Assert.Empty(await _host.MailsAsync());
    }

    /// <summary>
    /// Runs one page submission that must be refused on <paramref name="field"/>, and checks that the case (its version,
    /// status history, money and audit trail) and the process (open tasks, variables, journal) are exactly as before.
    /// </summary>
    private async Task AssertRefusedAndUnchangedAsync(ScenarioCase c, Func<Task> submit, string field)
    {
        var caseBefore = await _host.CaseAsync(c.Id);
        var auditBefore = (await _host.Cases.AuditTrailAsync(c.Id)).Count;
        var instanceBefore = await _host.InstanceAsync(c.InstanceId);
        var journalBefore = (await _host.Engine.GetJournalAsync(c.InstanceId)).Count;
        var tasksBefore = (await _host.OpenTasksAsync(c.Number)).Select(t => t.Id).ToList();

        var refusal = await Assert.ThrowsAsync<CaseValidationException>(submit);

        Assert.Contains(refusal.Errors, e => e.Field == field);
        Assert.All(refusal.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        var caseAfter = await _host.CaseAsync(c.Id);
        Assert.Equal(
            (caseBefore.Version, caseBefore.Status, caseBefore.StatusChanges.Count, caseBefore.MoneyEntries.Count, caseBefore.DecisionNumber),
            (caseAfter.Version, caseAfter.Status, caseAfter.StatusChanges.Count, caseAfter.MoneyEntries.Count, caseAfter.DecisionNumber));
        Assert.Equal(caseBefore.Obligations.Select(o => o.Paid), caseAfter.Obligations.Select(o => o.Paid));
        Assert.Equal(auditBefore, (await _host.Cases.AuditTrailAsync(c.Id)).Count);
        var instanceAfter = await _host.InstanceAsync(c.InstanceId);
        Assert.Equal(tasksBefore, (await _host.OpenTasksAsync(c.Number)).Select(t => t.Id));
        Assert.Equal(journalBefore, (await _host.Engine.GetJournalAsync(c.InstanceId)).Count);
        Assert.Equal(JsonSerializer.Serialize(instanceBefore.Variables), JsonSerializer.Serialize(instanceAfter.Variables));
        Assert.Empty(await _host.Engine.QueryIncidentsAsync(c.InstanceId));
    }
}
