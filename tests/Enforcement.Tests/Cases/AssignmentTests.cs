using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

public sealed class AssignmentTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    [Fact]
    public async Task Reassignment_keeps_the_history_of_every_executor_with_who_did_it_and_why()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await Cases.AssignExecutorAsync(c.Id, "chv.binh", "Đương sự đề nghị thay đổi chấp hành viên (Điều 7)", "truong.dn");

        c = await _world.ReloadAsync(c.Id);
        Assert.Equal("chv.binh", c.Executor!.UserName);
        Assert.Equal(2, c.Assignments.Count);
        var (first, second) = (c.Assignments[0], c.Assignments[1]);
        Assert.Equal((null, await _world.StaffIdAsync("chv.an")), (first.PreviousExecutorId, first.ExecutorId));
        Assert.Equal((await _world.StaffIdAsync("chv.an"), await _world.StaffIdAsync("chv.binh")), (second.PreviousExecutorId!.Value, second.ExecutorId));
        Assert.Equal(("truong.dn", "Đương sự đề nghị thay đổi chấp hành viên (Điều 7)"), (second.AssignedBy, second.Reason));
    }

    [Fact]
    public async Task Replacing_an_executor_needs_a_reason()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id, () => Cases.AssignExecutorAsync(c.Id, "chv.binh", null, "truong.dn"), "Reason");
    }

    [Theory]
    [InlineData("khong.co", "không có cán bộ")]
    [InlineData("chv.cuong", "không còn công tác")]
    [InlineData("truong.dn", "không phải chấp hành viên")]
    [InlineData("chv.hn", "không thuộc đơn vị thụ lý")]
    [InlineData("chv.an", "đang là chấp hành viên")]
    public async Task An_unknown_inactive_foreign_or_unchanged_executor_is_refused_naming_the_executor(string userName, string message)
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id, () => Cases.AssignExecutorAsync(c.Id, userName, "Thay đổi", "truong.dn"), "ExecutorUserName", message);
    }

    [Fact]
    public async Task An_executor_holding_money_of_the_case_is_replaced_only_by_a_handover()
    {
        var c = await _world.ExecutingAsync();
        await Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, 1_000_000, D("2025-12-01")) { ObligationId = c.PrivateDebt().Id, ReceiptNumber = "BL-3" }, "chv.an");

        await _world.AssertRefusedAsync(c.Id, () => Cases.AssignExecutorAsync(c.Id, "chv.binh", "Thay đổi", "truong.dn"), "ExecutorUserName", "bàn giao");
    }

    [Fact]
    public async Task The_suggestion_is_the_active_executor_of_the_unit_with_the_fewest_open_cases()
    {
        await _world.DecidedAndAssignedAsync("1/2025", "chv.an");
        await _world.DecidedAndAssignedAsync("2/2025", "chv.an");
        var closed = await _world.DecidedAndAssignedAsync("3/2025", "chv.binh");
        await _world.DecidedAndAssignedAsync("4/2025", "chv.binh");
        Assert.Equal("chv.an", (await Cases.SuggestExecutorAsync("DN-KV1"))!.UserName);

        await Cases.ChangeStatusAsync(closed.Id, EnforcementStatus.Terminated, LegalGroundCodes.TerminateAgreementOrWaiver, D("2025-12-01"), "50/QĐ", "pho.dn");
        var suggestion = await Cases.SuggestExecutorAsync("DN-KV1");

        Assert.Equal(new ExecutorSuggestion("chv.binh", "Trần Thị Bình", 1), suggestion);
        Assert.Null(await Cases.SuggestExecutorAsync("DN-KV2"));
        var unknown = await Assert.ThrowsAsync<CaseValidationException>(() => Cases.SuggestExecutorAsync("XX"));
        Assert.Equal("UnitCode", Assert.Single(unknown.Errors).Field);
    }

    [Fact]
    public async Task An_executor_of_a_regional_office_may_take_a_case_of_its_province_but_not_the_other_way_round()
    {
        var province = await _world.DecidedAndAssignedAsync("1/2025", "chv.an");
        var regional = await Cases.RegisterAsync(Intakes.OnRequest("2/2025", unitCode: "DN-KV1"), CaseWorld.Clerk);
        await Cases.IssueDecisionAsync(regional.Id, "2/QĐ", D("2025-11-06"), "Lê Văn Trưởng", "truong.dn");

        Assert.Equal("chv.an", province.Executor!.UserName);
        await _world.AssertRefusedAsync(regional.Id, () => Cases.AssignExecutorAsync(regional.Id, "chv.dung", null, "truong.dn"), "ExecutorUserName", "không thuộc đơn vị");
    }
}
