using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

public sealed class DelegationTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    [Fact]
    public async Task Delegating_to_a_military_region_agency_opens_a_case_there_pending_acceptance_and_marks_the_sender_delegated()
    {
        var sender = await _world.ExecutingAsync();
        await Cases.RecordMoneyAsync(sender.Id, new MoneyInput(MoneyKind.PaidDirectly, 10_000_000, D("2025-12-01")) { ObligationId = sender.PrivateDebt().Id }, "chv.an");

        var receiving = await Cases.DelegateAsync(sender.Id, "QK5", D("2025-12-10"), "pho.dn", "45/QĐ-THADS");

        var from = await _world.ReloadAsync(sender.Id);
        Assert.Equal(EnforcementStatus.Delegated, from.Status);
        Assert.False(from.IsOpen);
        Assert.Equal(await _world.UnitIdAsync("QK5"), from.DelegatedToUnitId);
        Assert.Equal(D("2025-12-10"), from.DelegatedOn);
        var change = from.StatusChanges.Last();
        Assert.Equal((LegalGroundCodes.DelegateToAgency, "45/QĐ-THADS"), (change.GroundCode, change.DecisionNumber));

        var to = await _world.ReloadAsync(receiving.Id);
        Assert.Equal("QK5", to.Unit!.Code);
        Assert.Equal(EnforcementStatus.Accepted, to.Status);
        Assert.Equal(AcceptanceKind.ReceivedByDelegation, to.AcceptanceKind);
        Assert.True(to.IsPendingAcceptance);
        Assert.Null(to.AcceptedOn);
        Assert.Equal((await _world.UnitIdAsync("DN"), sender.Id), (to.DelegatedFromUnitId, to.DelegatedFromCaseId));
        Assert.Equal(LegalGroundCodes.DelegationReceived, Assert.Single(to.StatusChanges).GroundCode);
        Assert.Equal(sender.JudgmentNumber, to.JudgmentNumber);
        Assert.Equal(["Nguyễn Văn Khánh", "Trần Thị Nợ"], to.Parties.Select(p => p.FullName).Order());
        Assert.Equal([Intakes.Debt - 10_000_000, Intakes.CourtFee], to.Obligations.Select(o => o.Amount));
        Assert.All(to.Obligations, o => Assert.Equal(0, o.Paid));
        Assert.Equal(to.Debtor().Id, to.PrivateDebt().DebtorPartyId);
        Assert.Equal(to.Creditor().Id, to.PrivateDebt().CreditorPartyId);
    }

    [Fact]
    public async Task The_receiving_agency_accepts_the_delegation_then_issues_its_own_decision_and_assigns_its_executor()
    {
        var sender = await _world.ExecutingAsync();
        var receiving = await Cases.DelegateAsync(sender.Id, "QK5", D("2025-12-10"), "pho.dn");

        await _world.AssertRefusedAsync(receiving.Id,
            () => Cases.IssueDecisionAsync(receiving.Id, "3/QĐ-THA", D("2025-12-12"), "Thượng tá Ngô Văn Quân", "truong.qk5"), "CaseId", "chưa được tiếp nhận");
        await Cases.AcceptDelegationAsync(receiving.Id, "truong.qk5");
        await Cases.IssueDecisionAsync(receiving.Id, "3/QĐ-THA", D("2025-12-12"), "Thượng tá Ngô Văn Quân", "truong.qk5");
        await Cases.AssignExecutorAsync(receiving.Id, "chv.qk5", null, "truong.qk5");

        var c = await _world.ReloadAsync(receiving.Id);
        Assert.False(c.IsPendingAcceptance);
        Assert.Equal(D("2026-03-02"), c.AcceptedOn);
        Assert.Equal(EnforcementStatus.Accepted, c.Status);
        Assert.Single(c.StatusChanges);
        Assert.Equal("3/QĐ-THA", c.DecisionNumber);
        Assert.Equal("chv.qk5", c.Executor!.UserName);
        await using var db = _world.Database.Factory.CreateDbContext();
        var delegation = await db.Delegations.SingleAsync();
        Assert.Equal((sender.Id, receiving.Id, "truong.qk5"), (delegation.FromCaseId, delegation.ReceivingCaseId, delegation.AcceptedBy));
        await _world.AssertRefusedAsync(receiving.Id, () => Cases.AcceptDelegationAsync(receiving.Id, "truong.qk5"), "CaseId");
    }

    [Fact]
    public async Task Delegating_inside_one_province_after_01_07_2025_is_refused_naming_the_target_unit()
    {
        var c = await Cases.RegisterAsync(Intakes.OnRequest(unitCode: "DN-KV1"), CaseWorld.Clerk);
        await Cases.IssueDecisionAsync(c.Id, "15/QĐ-THADS", D("2025-11-06"), "Lê Văn Trưởng", "truong.dn");

        var toRegion = await _world.AssertRefusedAsync(c.Id, () => Cases.DelegateAsync(c.Id, "DN-KV2", D("2025-12-10"), "pho.dn"), "TargetUnitCode");
        await _world.AssertRefusedAsync(c.Id, () => Cases.DelegateAsync(c.Id, "DN", D("2025-12-10"), "pho.dn"), "TargetUnitCode", "cùng tỉnh");

        Assert.StartsWith("Đơn vị nhận ủy thác: 'Phòng Thi hành án dân sự khu vực 2 - Đà Nẵng' (DN-KV2) cùng tỉnh", toRegion.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("01/07/2025", toRegion.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delegating_between_district_offices_of_one_province_was_allowed_before_01_07_2025()
    {
        var intake = Intakes.OnRequest("5/2025/CC", unitCode: "DN-HC") with
        {
            AcceptanceKind = AcceptanceKind.CarriedOver,
            JudgmentDate = D("2024-11-04"),
            JudgmentEffectiveDate = D("2024-12-05"),
            RequestReceivedOn = D("2025-01-06"),
        };
        var c = await Cases.RegisterAsync(intake, "import");
        await Cases.IssueDecisionAsync(c.Id, "20/QĐ-CCTHADS", D("2025-01-08"), "Chi cục trưởng", "import");

        var receiving = await Cases.DelegateAsync(c.Id, "DN-ST", D("2025-05-12"), "import");

        Assert.Equal(LegalGroundCodes.DelegateWithinProvince, (await _world.ReloadAsync(c.Id)).StatusChanges.Last().GroundCode);
        Assert.Equal("DN-ST", (await _world.ReloadAsync(receiving.Id)).Unit!.Code);
    }

    [Fact]
    public async Task A_target_that_is_not_an_enforcement_agency_receiving_delegations_or_is_unknown_is_refused()
    {
        var c = await _world.ExecutingAsync();

        await _world.AssertRefusedAsync(c.Id, () => Cases.DelegateAsync(c.Id, "BQP", D("2025-12-10"), "pho.dn"), "TargetUnitCode", "không phải cơ quan thi hành án nhận ủy thác");
        await _world.AssertRefusedAsync(c.Id, () => Cases.DelegateAsync(c.Id, "CQL", D("2025-12-10"), "pho.dn"), "TargetUnitCode");
        await _world.AssertRefusedAsync(c.Id, () => Cases.DelegateAsync(c.Id, "XX", D("2025-12-10"), "pho.dn"), "TargetUnitCode", "không có đơn vị");
        await _world.AssertRefusedAsync(c.Id, () => Cases.DelegateAsync(c.Id, "DN", D("2025-12-10"), "pho.dn"), "TargetUnitCode", "trùng");
    }

    [Fact]
    public async Task Another_province_can_receive_a_delegation()
    {
        var c = await _world.ExecutingAsync();

        var receiving = await Cases.DelegateAsync(c.Id, "HN", D("2025-12-10"), "pho.dn");

        Assert.Equal("UT/DN/15/2025/HS-THADS", receiving.CaseNumber);
        Assert.Equal(AcceptanceKind.ReceivedByDelegation, receiving.AcceptanceKind);
    }

    [Fact]
    public async Task A_case_still_holding_collected_money_cannot_be_delegated()
    {
        var c = await _world.ExecutingAsync();
        await Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, 1_000_000, D("2025-12-01")) { ObligationId = c.PrivateDebt().Id, ReceiptNumber = "BL-5" }, "chv.an");

        await _world.AssertRefusedAsync(c.Id, () => Cases.DelegateAsync(c.Id, "QK5", D("2025-12-10"), "pho.dn"), "CaseId", "Điều 47");
    }
}
