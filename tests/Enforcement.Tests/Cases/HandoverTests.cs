using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

public sealed class HandoverTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private EnforcementCase _first = null!;
    private EnforcementCase _second = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        _first = await _world.ExecutingAsync("1/2025");
        _second = await _world.DecidedAndAssignedAsync("2/2025");
        await Cases.RecordMoneyAsync(_first.Id, new MoneyInput(MoneyKind.Collected, 30_000_000, D("2025-12-01")) { ObligationId = _first.PrivateDebt().Id, ReceiptNumber = "BL-1" }, "chv.an");
        await Cases.RecordMoneyAsync(_first.Id, new MoneyInput(MoneyKind.PaidOut, 10_000_000, D("2025-12-03")) { PartyId = _first.Creditor().Id }, "chv.an");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    private HandoverInput Handover(long money) => new("chv.an", "chv.binh", [_first.Id, _second.Id], money, D("2026-02-27")) { Reason = "Chấp hành viên nghỉ hưu" };

    [Fact]
    public async Task A_handover_moves_the_cases_and_the_money_held_on_them_to_the_receiving_executor()
    {
        var handover = await Cases.HandoverAsync(Handover(20_000_000), "truong.dn", "truong.dn");

        Assert.Equal(0, await Cases.HeldBalanceAsync("chv.an"));
        Assert.Equal(20_000_000, await Cases.HeldBalanceAsync("chv.binh"));
        Assert.Empty(await Cases.OpenCasesOfExecutorAsync("chv.an"));
        Assert.Equal(["1/2025", "2/2025"], (await Cases.OpenCasesOfExecutorAsync("chv.binh")).Select(c => c.CaseNumber));
        var first = await _world.ReloadAsync(_first.Id);
        Assert.Equal([MoneyKind.HandedOver, MoneyKind.ReceivedByHandover], first.MoneyEntries.Where(m => m.HandoverId == handover.Id).Select(m => m.Kind));
        var assignment = first.Assignments.Last();
        Assert.Equal((await _world.StaffIdAsync("chv.an"), await _world.StaffIdAsync("chv.binh"), handover.Id),
            (assignment.PreviousExecutorId!.Value, assignment.ExecutorId, assignment.HandoverId!.Value));
        await using var db = _world.Database.Factory.CreateDbContext();
        var stored = await db.Handovers.Include(h => h.Cases).SingleAsync();
        Assert.Equal((20_000_000L, await _world.StaffIdAsync("truong.dn")), (stored.MoneyAmount, stored.ApprovedById));
        Assert.Equal([20_000_000L, 0L], stored.Cases.OrderBy(c => c.CaseId).Select(c => c.MoneyAmount));
        // The new executor can now pay out what was handed over.
        await Cases.RecordMoneyAsync(_first.Id, new MoneyInput(MoneyKind.PaidOut, 20_000_000, D("2026-03-02")) { PartyId = _first.Creditor().Id }, "chv.binh");
        Assert.Equal(0, await Cases.HeldBalanceAsync("chv.binh"));
    }

    [Fact]
    public async Task A_handover_whose_stated_money_differs_from_the_books_is_refused_and_nothing_moves()
    {
        var before = await _world.SnapshotAsync(_first.Id);

        var refusal = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.HandoverAsync(Handover(25_000_000), "truong.dn", "truong.dn"));

        var error = Assert.Single(refusal.Errors);
        Assert.Equal("MoneyAmount", error.Field);
        Assert.Equal("Số tiền bàn giao: 25.000.000 đồng khác số tiền Nguyễn Văn An đang giữ của các hồ sơ bàn giao theo sổ sách (20.000.000 đồng).", error.Message);
        Assert.Equal(before, await _world.SnapshotAsync(_first.Id));
        Assert.Equal(20_000_000, await Cases.HeldBalanceAsync("chv.an"));
    }

    [Fact]
    public async Task A_handover_needs_a_leader_of_the_unit_an_active_receiving_executor_and_cases_of_the_giving_executor()
    {
        var notLeader = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.HandoverAsync(Handover(20_000_000), "chv.dung", "truong.dn"));
        var inactive = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.HandoverAsync(Handover(20_000_000) with { ToExecutorUserName = "chv.cuong" }, "truong.dn", "truong.dn"));
        var notTheirs = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.HandoverAsync(Handover(20_000_000) with { FromExecutorUserName = "chv.binh", ToExecutorUserName = "chv.an" }, "truong.dn", "truong.dn"));

        Assert.Contains(notLeader.Errors, e => e.Field == "ApprovingLeader");
        Assert.Contains(inactive.Errors, e => e.Field == "ToExecutorUserName" && e.Message.Contains("không còn công tác", StringComparison.Ordinal));
        Assert.Contains(notTheirs.Errors, e => e.Field == "CaseIds" && e.Message.Contains("không do Trần Thị Bình phụ trách", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_executor_who_has_left_can_still_hand_over()
    {
        await using (var db = _world.Database.Factory.CreateDbContext())
        {
            var leaving = await db.Staff.SingleAsync(s => s.UserName == "chv.an");
            leaving.Active = false;
            await db.SaveChangesAsync();
        }

        await Cases.HandoverAsync(Handover(20_000_000), "truong.dn", "truong.dn");

        Assert.Equal(2, (await Cases.OpenCasesOfExecutorAsync("chv.binh")).Count);
    }
}
