using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

/// <summary>Every status change goes through the law's table and the facts of the case; a refused one changes nothing.</summary>
public sealed class StatusChangeRulesTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    [Fact]
    public async Task A_status_change_the_law_does_not_allow_is_refused_naming_the_new_status()
    {
        var c = await _world.DecidedAndAssignedAsync();

        var refusal = await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets, D("2025-11-10"), "20/QĐ", "pho.dn"), "NewStatus");

        Assert.StartsWith("Trạng thái mới: không được chuyển từ 'Đã thụ lý' sang 'Chưa có điều kiện thi hành án'", refusal.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_that_has_ended_cannot_change_status_again()
    {
        var c = await _world.DecidedAndAssignedAsync();
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Terminated, LegalGroundCodes.TerminateAgreementOrWaiver, D("2025-11-20"), "25/QĐ-THADS", "pho.dn");

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Executing, LegalGroundCodes.HasConditions, D("2025-11-21"), null, "chv.an"), "Status", "trạng thái kết thúc");
    }

    [Fact]
    public async Task A_ground_that_does_not_fit_the_change_is_refused_naming_the_ground()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Postponed, LegalGroundCodes.SuspendOnProtest, D("2025-11-20"), "26/QĐ", "pho.dn"), "Ground");
    }

    [Fact]
    public async Task A_postponement_needs_the_number_of_its_decision()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Postponed, LegalGroundCodes.PostponeByAgreement, D("2025-11-20"), null, "pho.dn"), "DecisionNumber");
    }

    [Fact]
    public async Task A_status_change_dated_before_the_current_status_or_after_today_is_refused_naming_the_date()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Postponed, LegalGroundCodes.PostponeByAgreement, D("2025-11-05"), "26/QĐ", "pho.dn"), "Date", "trước ngày chuyển sang trạng thái hiện tại");
        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Postponed, LegalGroundCodes.PostponeByAgreement, D("2026-03-03"), "26/QĐ", "pho.dn"), "Date", "sau ngày hôm nay");
    }

    [Fact]
    public async Task The_voluntary_period_starts_only_once_the_debtor_was_notified()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, D("2025-11-07"), null, "chv.an"), "NewStatus", "Điều 45");
    }

    [Fact]
    public async Task Verification_starts_only_after_the_voluntary_period_has_ended()
    {
        var c = await _world.DecidedAndAssignedAsync();
        await Cases.RecordNoticeAsync(c.Id, new NoticeInput("Quyết định thi hành án", c.Debtor().FullName, D("2025-11-07"), NoticeMethod.Post) { RecipientPartyId = c.Debtor().Id }, "chv.an");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, D("2025-11-07"), null, "chv.an");
        await Cases.SetVoluntaryPeriodEndAsync(c.Id, D("2025-11-17"), "chv.an");

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, D("2025-11-17"), null, "chv.an"), "Date", "17/11/2025");
    }

    [Fact]
    public async Task The_no_conditions_decision_rests_on_a_verification_that_found_no_conditions_on_the_same_ground()
    {
        var c = await _world.ExecutingAsync();
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Postponed, LegalGroundCodes.PostponeByAgreement, D("2025-12-01"), "30/QĐ-THADS", "pho.dn");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Verifying, LegalGroundCodes.ContinueAfterPostponement, D("2025-12-15"), "31/QĐ-THADS", "pho.dn");

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets, D("2025-12-20"), "32/QĐ", "pho.dn"), "NewStatus", "Điều 44a");
        await Cases.RecordVerificationAsync(c.Id, new VerificationInput(D("2025-12-18"), VerificationResult.NoConditions) { NoConditionsReason = NoConditionsReason.AddressUnknown }, "chv.an");
        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets, D("2025-12-20"), "32/QĐ", "pho.dn"), "Ground", "44a.1.c");

        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.NoConditions, LegalGroundCodes.AddressUnknown, D("2025-12-20"), "32/QĐ", "pho.dn");
        Assert.Equal(EnforcementStatus.NoConditions, (await _world.ReloadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task Completion_is_refused_while_an_obligation_is_unpaid_or_collected_money_is_not_paid_out()
    {
        var c = await _world.ExecutingAsync();
        await Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, Intakes.Debt, D("2025-12-01")) { ObligationId = c.PrivateDebt().Id, ReceiptNumber = "BL-1" }, "chv.an");

        var refusal = await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Completed, LegalGroundCodes.Performed, D("2025-12-05"), null, "chv.an"), "NewStatus", "Án phí");

        Assert.Contains(refusal.Errors, e => e.Message.Contains("chưa chi trả (Điều 47)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accepted_and_delegated_are_not_set_by_a_plain_status_change()
    {
        var c = await _world.ExecutingAsync();

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Delegated, LegalGroundCodes.DelegateToAgency, D("2025-12-01"), "40/QĐ", "pho.dn"), "NewStatus", "chức năng ủy thác");
    }

    [Fact]
    public async Task A_new_return_of_request_after_30_06_2015_is_refused()
    {
        var c = await _world.ExecutingAsync();

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.ReturnedLegacy, LegalGroundCodes.ReturnRequest2008, D("2025-12-01"), "41/QĐ", "pho.dn"), "Ground", "30/06/2015");
    }
}
