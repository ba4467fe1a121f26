using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Scenario 10: a court fee of a debtor without conditions becomes eligible for exemption once more than five years
/// have passed since the enforcement decision (Art. 61 cl. 1: nothing paid, under 2,000,000 VND).
/// </summary>
public sealed class ExemptionScenarioTests : IAsyncLifetime
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

    [Fact]
    public async Task A_court_fee_unpaid_for_more_than_five_years_without_conditions_raises_W17_and_opens_the_exemption_proposal()
    {
        // One re-verification round: the process then ends "without conditions" and the case waits for the review.
        var c = await _pages.OpenAndNotifyAsync("HS-2026-010", "50/QĐ-THADS", courtFee: 1_500_000, settings: new Dictionary<string, object?> { ["maxRounds"] = 1 });
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        await _pages.VerifyAsync(c, hasConditions: false);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        await _pages.SignStatusDecisionAsync(c, "approveNoConditions", EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets, "51/QĐ-THADS");
        await _pages.PublishAsync(c);
        // At the 44a decision it is too early: the check says from when.
        var main = await _host.InstanceAsync(c.InstanceId);
        Assert.Equal(("false", "2031-03-03"), (ScenarioHost.Text(main, "eligible"), ScenarioHost.Text(main, "eligibleFrom")));
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 9, 3, 8, 0, 0, Vietnam));
        await _pages.ReverifyAsync(c, conditionsFound: false);
        await _pages.NotifyCreditorAsync(c);
        Assert.Equal("enforcementWithoutConditions", (await _host.CompletedElementsAsync(c.InstanceId))[^1]);
        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(c.InstanceId)).Status);

        // The review on Friday 28/02/2031 is a working day short of "more than five years".
        await _host.AdvanceToAsync(new DateTimeOffset(2031, 2, 28, 8, 0, 0, Vietnam));
        var early = await ReviewAsync(c);
        Assert.Equal(InstanceStatus.Completed, early.Status);
        Assert.Equal(("false", "2031-03-03"), (ScenarioHost.Text(early, "eligible"), ScenarioHost.Text(early, "eligibleFrom")));
        Assert.Equal("notEligibleEnd", (await _host.CompletedElementsAsync(early.Id))[^1]);
        Assert.Empty(await _host.AlertsAsync(c.Number));

        // Monday 03/03/2031: eligible. The executor gets the proposal task, the head the W17 alert.
        await _host.AdvanceToAsync(new DateTimeOffset(2031, 3, 3, 8, 0, 0, Vietnam));
        var review = await ReviewAsync(c);
        Assert.Equal(InstanceStatus.Running, review.Status);
        Assert.Equal(("true", "2031-03-03"), (ScenarioHost.Text(review, "eligible"), ScenarioHost.Text(review, "eligibleFrom")));
        Assert.Contains("61", ScenarioHost.Text(review, "reason"));
        var proposal = Assert.Single(await _host.OpenTasksAsync(c.Number));
        Assert.Equal(
            ("proposeExemption", review.Id, c.Executor, "executor", Province, "exemption-proposal"),
            (proposal.ElementId, proposal.InstanceId, proposal.Assignee, proposal.CandidateRole, proposal.CandidateUnit, proposal.FormKey));
        Assert.Equal([("W17-du-dieu-kien-mien-giam", new DateOnly(2031, 3, 3))], await _host.AlertsAsync(c.Number));
        Assert.Equal(
            [(HeadEmail, "[THADS] Hồ sơ đủ điều kiện xét miễn, giảm nghĩa vụ thi hành án — hồ sơ HS-2026-010")],
            await _host.MailsAsync());

        // The executor files the dossier and the head approves the proposal; the court decides outside the agency,
        // so the case stays "without conditions" until a termination on Art. 50 cl. 1 e.
        await _pages.CompleteAsync(c, "proposeExemption", c.Executor!, new()
        {
            ["proposalKind"] = "mien",
            ["legalBasis"] = "61.1",
            ["remainingAmount"] = c.CourtFee,
            ["proposedAmount"] = c.CourtFee,
            ["latestVerificationDate"] = "2026-09-03",
        });
        await _pages.ApproveAsync(c, "approveExemption");
        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(review.Id)).Status);
        Assert.Equal("exemptionProposedEnd", (await _host.CompletedElementsAsync(review.Id))[^1]);

        var reviewed = await _host.CaseAsync(c.Id);
        Assert.Equal(EnforcementStatus.NoConditions, reviewed.Status);
        Assert.Equal([("decision", true), ("no-conditions", true), ("exemption", true)], reviewed.Approvals.Select(a => (a.Kind, a.Approved)));
        Assert.Equal(0, reviewed.Obligations.Single(o => o.Id == c.CourtFeeId).Paid);
    }

    /// <summary>The quarterly review starts the exemption process for a case the 44a check found too early.</summary>
    private async Task<InstanceSnapshot> ReviewAsync(ScenarioCase c)
    {
        var started = await _host.StartAsync(
            "thads-exemption-review",
            c.Number,
            new Dictionary<string, object?> { ["caseId"] = c.Id, ["caseNumber"] = c.Number, ["unitCode"] = Province, ["executor"] = c.Executor },
            "system");
        return await _host.InstanceAsync(started.Id);
    }
}
