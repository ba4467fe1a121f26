using Thads.Enforcement.Cases;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

public sealed class MoneyTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private EnforcementCase _case = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        _case = await _world.ExecutingAsync();
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    private MoneyInput Collect(long amount) => new(MoneyKind.Collected, amount, D("2025-12-01")) { ObligationId = _case.PrivateDebt().Id, ReceiptNumber = "BL-0001" };

    private MoneyInput PayCreditor(long amount) => new(MoneyKind.PaidOut, amount, D("2025-12-05")) { PartyId = _case.Creditor().Id };

    [Theory]
    [InlineData(-5_000)]
    [InlineData(0)]
    public async Task A_negative_or_zero_amount_is_refused_naming_the_amount(long amount)
    {
        await _world.AssertRefusedAsync(_case.Id, () => Cases.RecordMoneyAsync(_case.Id, Collect(amount), "chv.an"), "Amount", "phải lớn hơn 0 đồng");
    }

    [Fact]
    public async Task Collected_money_counts_towards_its_obligation_and_is_held_by_the_executor()
    {
        await Cases.RecordMoneyAsync(_case.Id, Collect(20_000_000), "chv.an");

        var c = await _world.ReloadAsync(_case.Id);
        Assert.Equal(20_000_000, c.PrivateDebt().Paid);
        Assert.Equal(30_000_000, c.PrivateDebt().Remaining);
        Assert.Equal(20_000_000, await Cases.HeldBalanceAsync("chv.an"));
        Assert.Equal(await _world.StaffIdAsync("chv.an"), c.MoneyEntries.Single().HolderId);
    }

    [Fact]
    public async Task Paying_out_more_than_was_collected_is_refused_and_nothing_changes()
    {
        await Cases.RecordMoneyAsync(_case.Id, Collect(20_000_000), "chv.an");

        await _world.AssertRefusedAsync(_case.Id, () => Cases.RecordMoneyAsync(_case.Id, PayCreditor(20_000_001), "chv.an"), "Amount", "không được chi quá số đã thu");
        await Cases.RecordMoneyAsync(_case.Id, PayCreditor(20_000_000), "chv.an");

        Assert.Equal(0, await Cases.HeldBalanceAsync("chv.an"));
    }

    [Fact]
    public async Task Collecting_more_than_is_still_owed_on_the_obligation_is_refused()
    {
        await _world.AssertRefusedAsync(_case.Id, () => Cases.RecordMoneyAsync(_case.Id, Collect(Intakes.Debt + 1), "chv.an"), "Amount", "vượt số còn phải thi hành");
    }

    [Fact]
    public async Task Collected_money_needs_a_receipt_and_an_obligation_of_the_case()
    {
        await _world.AssertRefusedAsync(_case.Id, () => Cases.RecordMoneyAsync(_case.Id, Collect(1_000) with { ReceiptNumber = null }, "chv.an"), "ReceiptNumber");
        await _world.AssertRefusedAsync(_case.Id, () => Cases.RecordMoneyAsync(_case.Id, Collect(1_000) with { ObligationId = 12345 }, "chv.an"), "ObligationId");
    }

    [Fact]
    public async Task Money_is_paid_out_to_a_creditor_or_into_the_state_budget_and_returned_only_to_the_debtor()
    {
        await Cases.RecordMoneyAsync(_case.Id, Collect(10_000_000), "chv.an");

        await _world.AssertRefusedAsync(_case.Id, () => Cases.RecordMoneyAsync(_case.Id, PayCreditor(1_000) with { PartyId = null }, "chv.an"), "PartyId");
        await _world.AssertRefusedAsync(_case.Id, () => Cases.RecordMoneyAsync(_case.Id, PayCreditor(1_000) with { PartyId = _case.Debtor().Id }, "chv.an"), "PartyId");
        await _world.AssertRefusedAsync(_case.Id,
            () => Cases.RecordMoneyAsync(_case.Id, new MoneyInput(MoneyKind.Returned, 1_000, D("2025-12-05")) { PartyId = _case.Creditor().Id }, "chv.an"), "PartyId");
        await Cases.RecordMoneyAsync(_case.Id, new MoneyInput(MoneyKind.Returned, 1_000, D("2025-12-05")) { PartyId = _case.Debtor().Id }, "chv.an");

        Assert.Equal(9_999_000, await Cases.HeldBalanceAsync("chv.an"));
    }

    [Fact]
    public async Task A_direct_payment_between_the_parties_counts_towards_the_obligation_but_is_held_by_nobody()
    {
        await Cases.RecordMoneyAsync(_case.Id, new MoneyInput(MoneyKind.PaidDirectly, 5_000_000, D("2025-12-03")) { ObligationId = _case.PrivateDebt().Id }, "chv.an");

        var c = await _world.ReloadAsync(_case.Id);
        Assert.Equal(5_000_000, c.PrivateDebt().Paid);
        Assert.Null(Assert.Single(c.MoneyEntries).HolderId);
        Assert.Equal(0, await Cases.HeldBalanceAsync("chv.an"));
    }

    [Fact]
    public async Task Handover_entries_cannot_be_recorded_by_hand()
    {
        await _world.AssertRefusedAsync(_case.Id,
            () => Cases.RecordMoneyAsync(_case.Id, new MoneyInput(MoneyKind.ReceivedByHandover, 1_000, D("2025-12-03")), "chv.an"), "Kind");
    }

    [Fact]
    public async Task Money_cannot_be_collected_before_an_executor_is_assigned()
    {
        var c = await Cases.RegisterAsync(Intakes.ExOfficioFine(), CaseWorld.Clerk);
        await Cases.IssueDecisionAsync(c.Id, "30/QĐ-THADS", D("2025-10-03"), "Lê Văn Trưởng", "truong.dn");
        c = await _world.ReloadAsync(c.Id);

        await _world.AssertRefusedAsync(c.Id,
            () => Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, 1_000, D("2025-12-01")) { ObligationId = c.Obligations[0].Id, ReceiptNumber = "BL-9" }, "chv.an"),
            "ExecutorId");
    }
}
