using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

/// <summary>Bad input at intake and at the decision is refused naming the field, and nothing is stored (issue 4 item 6).</summary>
public sealed class CaseIntakeValidationTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    private async Task<CaseValidationError> RefusedAsync(CaseIntake intake, string field)
    {
        var refusal = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.RegisterAsync(intake, CaseWorld.Clerk));
        await using var db = _world.Database.Factory.CreateDbContext();
        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(0, await db.Parties.CountAsync());
        Assert.Equal(0, await db.Audit.CountAsync());
        return Assert.Single(refusal.Errors, e => e.Field == field);
    }

    [Fact]
    public async Task A_case_without_a_debtor_is_refused_naming_the_parties()
    {
        var intake = Intakes.OnRequest() with { Parties = [Intakes.Creditor], Obligations = [] };

        var error = await RefusedAsync(intake, "Parties");

        Assert.Equal("Đương sự: thiếu người phải thi hành án.", error.Message);
    }

    [Fact]
    public async Task A_private_obligation_without_a_creditor_is_refused_naming_the_parties()
    {
        var intake = Intakes.OnRequest() with
        {
            Parties = [Intakes.Debtor],
            Obligations = [new ObligationInput(ObligationKind.Private, "Trả nợ", 1_000_000, DebtorIndex: 0)],
        };

        var refusal = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.RegisterAsync(intake, CaseWorld.Clerk));

        Assert.Contains(refusal.Errors, e => e.Field == "Parties" && e.Message.StartsWith("Đương sự: thiếu người được thi hành án", StringComparison.Ordinal));
        Assert.Contains(refusal.Errors, e => e.Field == "Obligations[0].CreditorIndex" && e.Message.StartsWith("Người được thi hành án của nghĩa vụ thứ 1:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1_000_000)]
    [InlineData(0)]
    public async Task A_negative_or_zero_amount_is_refused_naming_the_obligations_amount(long amount)
    {
        var intake = Intakes.OnRequest() with
        {
            Obligations = [new ObligationInput(ObligationKind.Private, "Trả nợ", amount, DebtorIndex: 1) { CreditorIndex = 0 }],
        };

        var error = await RefusedAsync(intake, "Obligations[0].Amount");

        Assert.StartsWith("Số tiền của nghĩa vụ thứ 1: phải lớn hơn 0 đồng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_dated_before_the_judgment_is_refused_naming_the_request_date()
    {
        var intake = Intakes.OnRequest() with { RequestReceivedOn = D("2025-09-01") };

        var error = await RefusedAsync(intake, "RequestReceivedOn");

        Assert.Equal("Ngày nhận đơn yêu cầu thi hành án: ngày 01/09/2025 trước ngày bản án, quyết định (15/09/2025).", error.Message);
    }

    [Fact]
    public async Task A_case_on_request_without_the_request_date_is_refused()
    {
        await RefusedAsync(Intakes.OnRequest() with { RequestReceivedOn = null }, "RequestReceivedOn");
    }

    [Fact]
    public async Task An_unknown_unit_or_one_that_enforces_no_cases_or_no_longer_exists_is_refused_naming_the_unit()
    {
        var unknown = await RefusedAsync(Intakes.OnRequest(unitCode: "XX"), "UnitCode");
        var central = await RefusedAsync(Intakes.OnRequest(unitCode: "CQL"), "UnitCode");
        var dissolved = await RefusedAsync(Intakes.OnRequest(unitCode: "DN-HC"), "UnitCode");

        Assert.Contains("không có đơn vị mã 'XX'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("không phải cơ quan tổ chức thi hành án", central.Message, StringComparison.Ordinal);
        Assert.Contains("không hoạt động vào ngày 02/03/2026", dissolved.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_mistakes_are_reported_together()
    {
        var intake = Intakes.OnRequest() with { CaseNumber = " ", CourtName = "", JudgmentDate = null, Parties = [], Obligations = [] };

        var refusal = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.RegisterAsync(intake, CaseWorld.Clerk));

        Assert.Equal(["CaseNumber", "CourtName", "JudgmentDate", "Parties", "Parties"], refusal.Errors.Select(e => e.Field).Where(f => f != "RequestReceivedOn"));
    }

    [Fact]
    public async Task A_date_of_birth_is_refused_for_an_organisation_and_dates_after_today_are_refused()
    {
        var company = new PartyInput(PartyRole.Debtor, PartyKind.Organisation, "Công ty TNHH Nợ Đọng") { IdNumber = "0401234567", DateOfBirth = D("2001-01-01") };
        var intake = Intakes.OnRequest() with { Parties = [Intakes.Creditor, company], JudgmentEffectiveDate = D("2026-03-03") };

        var refusal = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.RegisterAsync(intake, CaseWorld.Clerk));

        Assert.Contains(refusal.Errors, e => e.Field == "Parties[1].DateOfBirth");
        Assert.Contains(refusal.Errors, e => e.Field == "JudgmentEffectiveDate" && e.Message.Contains("sau ngày hôm nay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decision_dated_before_the_judgment_is_refused_naming_the_decision_date_and_the_case_is_unchanged()
    {
        var c = await Cases.RegisterAsync(Intakes.ExOfficioFine(), CaseWorld.Clerk);

        var refusal = await _world.AssertRefusedAsync(c.Id,
            () => Cases.IssueDecisionAsync(c.Id, "30/QĐ-THADS", D("2025-08-19"), "Lê Văn Trưởng", "truong.dn"), "DecisionDate", "trước ngày bản án");

        Assert.Contains(refusal.Errors, e => e.Message == "Ngày ra quyết định thi hành án: ngày 19/08/2025 trước ngày bản án, quyết định được thi hành (20/08/2025).");
        Assert.Null((await _world.ReloadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task A_decision_dated_before_the_request_is_refused_naming_the_decision_date()
    {
        var c = await Cases.RegisterAsync(Intakes.OnRequest(), CaseWorld.Clerk);

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.IssueDecisionAsync(c.Id, "15/QĐ-THADS", D("2025-11-01"), "Lê Văn Trưởng", "truong.dn"), "DecisionDate", "ngày nhận đơn yêu cầu");
    }

    [Fact]
    public async Task A_second_decision_on_the_same_case_is_refused()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.IssueDecisionAsync(c.Id, "99/QĐ-THADS", D("2025-12-01"), "Lê Văn Trưởng", "truong.dn"), "DecisionNumber", "đã có quyết định");
    }

    [Fact]
    public async Task A_change_without_a_named_actor_is_refused_because_every_change_is_audited()
    {
        var refusal = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.RegisterAsync(Intakes.OnRequest(), " "));

        Assert.Equal("Actor", Assert.Single(refusal.Errors).Field);
    }
}
