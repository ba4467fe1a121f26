using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

public sealed class CaseLifecycleTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    [Fact]
    public async Task A_case_on_request_goes_from_intake_through_no_conditions_and_later_conditions_to_completion()
    {
        var registered = await Cases.RegisterAsync(Intakes.OnRequest(), CaseWorld.Clerk);
        Assert.Null(registered.Status);
        Assert.True(registered.IsOpen);

        await Cases.IssueDecisionAsync(registered.Id, "15/QĐ-THADS", D("2025-11-06"), "Phạm Thị Phó - Phó Trưởng THADS thành phố", "pho.dn");
        await Cases.RecordApprovalAsync(registered.Id, ApprovalKinds.Decision, approved: true, "Đồng ý", "truong.dn");
        var suggestion = await Cases.SuggestExecutorAsync("DN-KV1");
        await Cases.AssignExecutorAsync(registered.Id, suggestion!.UserName, null, "truong.dn");
        var c = await _world.ReloadAsync(registered.Id);
        var debtor = c.Debtor();
        await Cases.RecordNoticeAsync(c.Id, new NoticeInput("Quyết định thi hành án số 15/QĐ-THADS", debtor.FullName, D("2025-11-07"), NoticeMethod.Direct)
        {
            DocumentDate = D("2025-11-06"),
            RecipientPartyId = debtor.Id,
        }, "chv.an");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, D("2025-11-07"), null, "chv.an");
        await Cases.SetVoluntaryPeriodEndAsync(c.Id, D("2025-11-17"), "chv.an");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, D("2025-11-18"), null, "chv.an");
        await Cases.RecordVerificationAsync(c.Id, new VerificationInput(D("2025-11-20"), VerificationResult.NoConditions)
        {
            NoConditionsReason = NoConditionsReason.NoIncomeOrAssets,
            Notes = "Không có tài sản, thu nhập; UBND phường xác nhận.",
        }, "chv.an");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets, D("2025-11-25"), "20/QĐ-CTHADS", "pho.dn");
        await Cases.RecordVerificationAsync(c.Id, new VerificationInput(D("2026-01-20"), VerificationResult.HasConditions)
        {
            Notes = "Người phải thi hành án được thừa kế quyền sử dụng đất.",
        }, "chv.an");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Executing, LegalGroundCodes.ConditionsFound, D("2026-01-22"), null, "chv.an");
        await Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, Intakes.Debt, D("2026-02-02")) { ObligationId = c.PrivateDebt().Id, ReceiptNumber = "BL-0001" }, "chv.an");
        await Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, Intakes.CourtFee, D("2026-02-02")) { ObligationId = c.CourtFee().Id, ReceiptNumber = "BL-0002" }, "chv.an");
        await Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.PaidOut, Intakes.Debt, D("2026-02-05")) { PartyId = c.Creditor().Id }, "chv.an");
        await Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.PaidOut, Intakes.CourtFee, D("2026-02-05")) { ObligationId = c.CourtFee().Id }, "chv.an");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Completed, LegalGroundCodes.Performed, D("2026-02-10"), null, "chv.an");

        c = await _world.ReloadAsync(c.Id);
        Assert.Equal(EnforcementStatus.Completed, c.Status);
        Assert.Equal(D("2026-02-10"), c.StatusSince);
        Assert.False(c.IsOpen);
        Assert.Equal(AcceptanceKind.New, c.AcceptanceKind);
        Assert.Equal(IntakePath.OnRequest, c.IntakePath);
        Assert.Equal(D("2025-11-06"), c.AcceptedOn);
        Assert.Equal("15/QĐ-THADS", c.DecisionNumber);
        Assert.Equal("chv.an", c.Executor!.UserName);
        Assert.Equal(D("2025-11-17"), c.VoluntaryPeriodEndsOn);
        Assert.Equal(D("2025-11-20"), c.FirstVerifiedOn);
        Assert.Equal(D("2026-01-20"), c.LastVerifiedOn);
        Assert.True(c.HasConditions);
        Assert.Equal("20/QĐ-CTHADS", c.NoConditionsDecisionNumber);
        Assert.Equal(D("2025-11-25"), c.NoConditionsDecisionDate);
        Assert.All(c.Obligations, o => Assert.Equal(0, o.Remaining));
        Assert.Equal(0, await Cases.HeldBalanceAsync("chv.an"));
        Assert.Equal(
            [
                (null, EnforcementStatus.Accepted, LegalGroundCodes.DecisionOnRequest),
                (EnforcementStatus.Accepted, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified),
                (EnforcementStatus.VoluntaryPeriod, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded),
                (EnforcementStatus.Verifying, EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets),
                (EnforcementStatus.NoConditions, EnforcementStatus.Executing, LegalGroundCodes.ConditionsFound),
                (EnforcementStatus.Executing, EnforcementStatus.Completed, LegalGroundCodes.Performed),
            ],
            c.StatusChanges.Select(s => ((EnforcementStatus?)s.From, s.To, s.GroundCode)).Select(t => (t.Item1, t.To, t.GroundCode)).ToList());
        var noConditions = c.StatusChanges.Single(s => s.To == EnforcementStatus.NoConditions);
        Assert.Equal("Art. 44a cl. 1 pt. a Luật THADS (VBHN 12/2014)", noConditions.GroundCitation);
        Assert.Equal("20/QĐ-CTHADS", noConditions.DecisionNumber);
        Assert.Equal("pho.dn", noConditions.ChangedBy);
        Assert.True(Assert.Single(c.Approvals).Approved);
    }

    [Fact]
    public async Task An_ex_officio_fine_needs_no_creditor_and_opens_on_the_ex_officio_ground()
    {
        var c = await Cases.RegisterAsync(Intakes.ExOfficioFine(), CaseWorld.Clerk);
        await Cases.IssueDecisionAsync(c.Id, "30/QĐ-THADS", D("2025-10-03"), "Lê Văn Trưởng", "truong.dn");

        c = await _world.ReloadAsync(c.Id);
        Assert.Equal(EnforcementStatus.Accepted, c.Status);
        Assert.Equal(LegalGroundCodes.DecisionExOfficio, Assert.Single(c.StatusChanges).GroundCode);
        Assert.DoesNotContain(c.Parties, p => p.Role == PartyRole.Creditor);
    }

    [Fact]
    public async Task A_case_number_is_unique_within_its_unit_but_may_repeat_in_another_unit()
    {
        await Cases.RegisterAsync(Intakes.OnRequest("1/2026"), CaseWorld.Clerk);

        var again = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.RegisterAsync(Intakes.OnRequest("1/2026"), CaseWorld.Clerk));
        var elsewhere = await Cases.RegisterAsync(Intakes.OnRequest("1/2026", unitCode: "HN"), CaseWorld.Clerk);

        Assert.Equal("CaseNumber", Assert.Single(again.Errors).Field);
        Assert.Equal("1/2026", elsewhere.CaseNumber);
    }

    [Fact]
    public async Task Getting_a_case_that_does_not_exist_gives_null_and_changing_it_says_it_is_not_found()
    {
        Assert.Null(await Cases.GetAsync(999));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => Cases.SetVoluntaryPeriodEndAsync(999, D("2026-01-01"), "chv.an"));
    }

    [Fact]
    public async Task A_rejected_approval_needs_a_comment_and_only_a_leader_of_the_unit_may_approve()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id, () => Cases.RecordApprovalAsync(c.Id, ApprovalKinds.Decision, approved: false, " ", "truong.dn"), "Comment");
        await _world.AssertRefusedAsync(c.Id, () => Cases.RecordApprovalAsync(c.Id, ApprovalKinds.Decision, approved: true, null, "chv.an"), "Actor", "không phải lãnh đạo");
        await _world.AssertRefusedAsync(c.Id, () => Cases.RecordApprovalAsync(c.Id, ApprovalKinds.Decision, approved: true, null, "truong.hn"), "Actor", "không phải lãnh đạo của đơn vị");
        var rejection = await Cases.RecordApprovalAsync(c.Id, ApprovalKinds.Decision, approved: false, "Ghi sai số bản án, đề nghị sửa.", "truong.dn");

        Assert.False(rejection.Approved);
        Assert.Equal("truong.dn", rejection.DecidedBy);
    }

    [Fact]
    public async Task A_request_returned_before_2015_is_imported_as_legacy_state_and_reopened_by_a_new_decision()
    {
        var intake = Intakes.OnRequest("7/2014/THA") with { AcceptanceKind = AcceptanceKind.CarriedOver, JudgmentDate = D("2013-05-02"), JudgmentEffectiveDate = D("2013-06-03") };
        intake = intake with { RequestReceivedOn = D("2013-07-01") };
        var c = await Cases.RegisterAsync(intake, CaseWorld.Clerk);
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.ReturnedLegacy, LegalGroundCodes.ReturnRequest2008, D("2014-03-10"), "12/QĐ-CCTHA", "import");

        await Cases.IssueDecisionAsync(c.Id, "88/QĐ-THADS", D("2026-02-20"), "Lê Văn Trưởng", "truong.dn");

        c = await _world.ReloadAsync(c.Id);
        Assert.Equal(EnforcementStatus.Accepted, c.Status);
        Assert.Equal(LegalGroundCodes.NewDecisionForReturnedRequest, c.StatusChanges.Last().GroundCode);
        Assert.Equal("88/QĐ-THADS", c.DecisionNumber);
    }
}
