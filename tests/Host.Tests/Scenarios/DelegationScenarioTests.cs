using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Scenarios 7 and 8: delegation (ủy thác, Arts. 55–57) to a military-region agency, accepted there; and a
/// delegation inside the province, which the law has refused since 01/07/2025 (CV 3769/BTP-TCTHADS).
/// </summary>
public sealed class DelegationScenarioTests : IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateOnly Proposed = new(2026, 3, 16);

    private ScenarioHost _host = null!;
    private CasePages _pages = null!;

    public async Task InitializeAsync()
    {
        _host = await ScenarioHost.StartAsync();
        _pages = new CasePages(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>A case in execution on 16/03/2026 of which 20,000,000 VND of the debt was collected and paid out.</summary>
    private async Task<ScenarioCase> PartlyPaidCaseAsync(string number)
    {
        var c = await _pages.OpenAndNotifyAsync(number, "60/QĐ-THADS");
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        await _pages.VerifyAsync(c, hasConditions: true);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        // A delegated case must not leave collected money behind (Art. 47): what was collected is paid out first.
        await _pages.CollectAsync(c, c.PrivateDebtId, 20_000_000);
        await _pages.PayCreditorAsync(c, 20_000_000);
        return c;
    }

    [Fact]
    public async Task A_case_delegated_to_a_military_region_agency_ends_here_as_delegated_and_is_accepted_there_as_a_received_delegation()
    {
        var c = await PartlyPaidCaseAsync("HS-2026-007");
        await _pages.ProposeAsync(c, "delegate");
        await _pages.PrepareDelegationAsync(c, MilitaryRegion, "quan-doi");
        await _pages.ApproveAsync(c, "approveDelegation");

        // The Delegation activity made the move and waits for the receiving agency's leader.
        var qk7 = await _host.UnitAsync(MilitaryRegion);
        var province = await _host.UnitAsync(Province);
        var sent = await _host.CaseAsync(c.Id);
        Assert.Equal((EnforcementStatus.Delegated, Proposed, qk7.Id, Proposed), (sent.Status!.Value, sent.StatusSince!.Value, sent.DelegatedToUnitId!.Value, sent.DelegatedOn!.Value));
        var last = sent.StatusChanges[^1];
        Assert.Equal((EnforcementStatus.Executing, LegalGroundCodes.DelegateToAgency, Head), (last.From!.Value, last.GroundCode, last.ChangedBy));
        Assert.False(sent.IsOpen);

        var receivingId = await ReceivingCaseIdAsync(c.Id);
        var received = await _host.CaseAsync(receivingId);
        Assert.Equal(("UT/HN/HS-2026-007", qk7.Id, AcceptanceKind.ReceivedByDelegation), (received.CaseNumber, received.UnitId, received.AcceptanceKind));
        Assert.Equal((province.Id, c.Id), (received.DelegatedFromUnitId!.Value, received.DelegatedFromCaseId!.Value));
        Assert.True(received.IsPendingAcceptance);
        Assert.Equal((EnforcementStatus.Accepted, LegalGroundCodes.DelegationReceived), (received.Status!.Value, Assert.Single(received.StatusChanges).GroundCode));
        // The receiving agency enforces what is still owed: the whole court fee and the rest of the debt.
        Assert.Equal([(ObligationKind.CourtFee, c.CourtFee), (ObligationKind.Private, c.PrivateDebt - 20_000_000)], received.Obligations.Select(o => (o.Kind, o.Amount)));
        Assert.Equal(
            [(PartyRole.Creditor, CasePages.CreditorName), (PartyRole.Debtor, CasePages.DebtorName)],
            received.Parties.Select(p => (p.Role, p.FullName)).Order());

        var accept = await _host.TaskAsync(c.Number, "delegateToAgency");
        Assert.Equal(("leader", MilitaryRegion, "delegation-accept"), (accept.CandidateRole, accept.CandidateUnit, accept.FormKey));
        Assert.Equal("Tiếp nhận ủy thác: hồ sơ UT/HN/HS-2026-007", accept.Name);
        // Art. 57: five working days from Monday 16/03.
        Assert.Equal(new DateOnly(2026, 3, 23), DateOnly.FromDateTime(accept.DueAt!.Value.ToOffset(Vietnam).DateTime));

        // QK7 takes a day longer than five working days: the sending unit's leaders are warned (W15), since the
        // receiver is a military agency outside the civil directory.
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 3, 24, 9, 0, 0, Vietnam));
        await _pages.AcceptDelegationAsync(c, MilitaryHead);

        received = await _host.CaseAsync(receivingId);
        Assert.False(received.IsPendingAcceptance);
        Assert.Equal(new DateOnly(2026, 3, 24), received.AcceptedOn);
        await using (var db = await _host.Contexts.CreateDbContextAsync())
        {
            var delegation = await db.Delegations.AsNoTracking().SingleAsync();
            Assert.Equal((c.Id, province.Id, qk7.Id, LegalGroundCodes.DelegateToAgency, MilitaryHead), (delegation.FromCaseId, delegation.FromUnitId, delegation.ToUnitId, delegation.GroundCode, delegation.AcceptedBy));
        }

        var main = await _host.InstanceAsync(c.InstanceId);
        Assert.Equal(InstanceStatus.Completed, main.Status);
        Assert.Equal("caseDelegated", (await _host.CompletedElementsAsync(c.InstanceId))[^1]);
        Assert.Equal(
            (MilitaryRegion, receivingId.ToString(System.Globalization.CultureInfo.InvariantCulture), "2026-03-16", "toan-bo"),
            (ScenarioHost.Text(main, "targetUnitCode"), ScenarioHost.Text(main, "receivingCaseId"), ScenarioHost.Text(main, "delegatedOn"), ScenarioHost.Text(main, "delegationScope")));
        var child = Assert.Single(await _host.InstancesAsync(c.Number), i => i.ProcessId == "thads-delegation");
        Assert.Equal("delegatedEnd", (await _host.CompletedElementsAsync(child.Id))[^1]);

        Assert.Equal([("decision", true), ("delegation", true)], (await _host.CaseAsync(c.Id)).Approvals.Select(a => (a.Kind, a.Approved)));
        Assert.Equal([("W15-chua-nhan-uy-thac", new DateOnly(2026, 3, 23))], await _host.AlertsAsync(c.Number));
        Assert.Equal(
            [(HeadEmail, "[THADS] Cơ quan nhận ủy thác QK7 chưa ra quyết định thi hành án — hồ sơ HS-2026-007"),
             (DeputyEmail, "[THADS] Tổng hợp cảnh báo ngày 24/03/2026 (1)")],
            await _host.MailsAsync());
    }

    [Fact]
    public async Task A_delegation_to_an_office_of_the_same_province_is_refused_and_leaves_the_case_as_it_was()
    {
        var c = await PartlyPaidCaseAsync("HS-2026-008");
        await _pages.ProposeAsync(c, "delegate");
        await _pages.PrepareDelegationAsync(c, RegionalOffice, "cu-tru");
        var before = await _host.CaseAsync(c.Id);

        await _pages.ApproveAsync(c, "approveDelegation");

        // The refusal is the BPMN error DELEGATION_REFUSED; the delegation process catches it and sends the executor
        // back to choose another agency. The reason (field and rule) is in the journal; no incident.
        Assert.Empty(await _host.Engine.QueryIncidentsAsync());
        var delegation = Assert.Single(await _host.InstancesAsync(c.Number), i => i.ProcessId == "thads-delegation");
        Assert.Equal(InstanceStatus.Running, delegation.Status);
        var thrown = Assert.Single(await _host.Engine.GetJournalAsync(delegation.Id), e => e.Type == WorkflowEventTypes.ErrorThrown);
        Assert.Contains("DELEGATION_REFUSED", thrown.Detail);
        Assert.Contains("TargetUnitCode", thrown.Detail);
        Assert.Contains("cùng tỉnh", thrown.Detail);
        Assert.Equal(["prepareDelegation"], (await _host.OpenTasksAsync(c.Number)).Select(t => t.ElementId));

        // The case did not move: still in execution here, no delegation, no case at the regional office. Only the
        // head's signature of the delegation decision, recorded before the Delegation activity ran, was added.
        var after = await _host.CaseAsync(c.Id);
        Assert.Equal((EnforcementStatus.Executing, before.StatusSince), (after.Status!.Value, after.StatusSince));
        Assert.Equal(before.StatusChanges.Select(s => s.Id), after.StatusChanges.Select(s => s.Id));
        Assert.Null(after.DelegatedToUnitId);
        Assert.Null(after.DelegatedOn);
        Assert.Equal(before.Obligations.Select(o => (o.Id, o.Amount, o.Paid)), after.Obligations.Select(o => (o.Id, o.Amount, o.Paid)));
        Assert.Equal(before.MoneyEntries.Select(m => m.Id), after.MoneyEntries.Select(m => m.Id));
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(("delegation", true), (after.Approvals[^1].Kind, after.Approvals[^1].Approved));
        var office = await _host.UnitAsync(RegionalOffice);
        await using (var db = await _host.Contexts.CreateDbContextAsync())
        {
            Assert.False(await db.Delegations.AnyAsync());
            Assert.False(await db.Cases.AnyAsync(x => x.UnitId == office.Id));
        }

        Assert.Empty(await _host.AlertsAsync(c.Number));
        Assert.Empty(await _host.MailsAsync());
    }

    private async Task<int> ReceivingCaseIdAsync(int fromCaseId)
    {
        await using var db = await _host.Contexts.CreateDbContextAsync();
        return await db.Cases.AsNoTracking().Where(x => x.DelegatedFromCaseId == fromCaseId).Select(x => x.Id).SingleAsync();
    }
}
