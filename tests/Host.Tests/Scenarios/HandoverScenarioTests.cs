using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Scenario 9: executor An leaves the cases he holds money on to executor Bình (bàn giao, domain README §2.13). The
/// leader approves; the stated money must equal what the books say An holds, otherwise nothing moves and the list is
/// prepared again.
/// </summary>
public sealed class HandoverScenarioTests : IAsyncLifetime
{
    private const string HandoverKey = "BG-2026-001";
    private const long HeldOnFirst = 10_000_000;
    private const long HeldOnSecond = 1_500_000 + 5_000_000;

    private ScenarioHost _host = null!;
    private CasePages _pages = null!;

    public async Task InitializeAsync()
    {
        _host = await ScenarioHost.StartAsync();
        _pages = new CasePages(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_cases_and_money_an_executor_holds_move_to_another_only_when_the_stated_amount_matches_the_books()
    {
        // Both cases go to An: the first as the suggestion, the second because the head picks him (the suggestion
        // would now be Bình, who has fewer cases).
        var first = await _pages.OpenAndNotifyAsync("HS-2026-009", "70/QĐ-THADS");
        var second = await _pages.OpenAndNotifyAsync("HS-2026-019", "71/QĐ-THADS", executor: ExecutorAn);
        Assert.Equal(ExecutorAn, first.Executor);
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        await _pages.VerifyAsync(first, hasConditions: true);
        await _pages.VerifyAsync(second, hasConditions: true);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        await _pages.CollectAsync(first, first.PrivateDebtId, HeldOnFirst);
        await _pages.CollectAsync(second, second.CourtFeeId, 1_500_000);
        await _pages.CollectAsync(second, second.PrivateDebtId, 5_000_000);
        Assert.Equal(HeldOnFirst + HeldOnSecond, await _host.Cases.HeldBalanceAsync(ExecutorAn));

        var handover = await _host.StartAsync(
            "thads-handover",
            HandoverKey,
            new Dictionary<string, object?> { ["unitCode"] = Province, ["fromExecutor"] = ExecutorAn, ["toExecutor"] = ExecutorBinh },
            Head);
        var prepare = await _host.TaskAsync(HandoverKey, "prepareHandover");
        Assert.Equal((ExecutorAn, "handover-prepare"), (prepare.Assignee, prepare.FormKey));

        // An counts 15,000,000 VND, 1,500,000 short of the books. The head approves, the check refuses: back to the list.
        var before = (await _host.CaseAsync(first.Id), await _host.CaseAsync(second.Id));
        await _host.CompleteAsync(prepare, ExecutorAn, PrepareForm(15_000_000));
        await ApproveHandoverAsync();

        var again = await _host.TaskAsync(HandoverKey, "prepareHandover");
        Assert.NotEqual(prepare.Id, again.Id);
        Assert.Contains(
            await _host.Engine.GetJournalAsync(handover.Id),
            e => e.Type == WorkflowEventTypes.ErrorThrown && e.Detail!.StartsWith("HANDOVER_BALANCE_MISMATCH", StringComparison.Ordinal) && e.Detail.Contains("MoneyAmount", StringComparison.Ordinal));
        Assert.Equal(HeldOnFirst + HeldOnSecond, await _host.Cases.HeldBalanceAsync(ExecutorAn));
        Assert.Equal(0, await _host.Cases.HeldBalanceAsync(ExecutorBinh));
        foreach (var (was, id) in new[] { (before.Item1, first.Id), (before.Item2, second.Id) })
        {
            var now = await _host.CaseAsync(id);
            Assert.Equal((was.Version, ExecutorAn, was.Assignments.Count, was.MoneyEntries.Count), (now.Version, now.Executor!.UserName, now.Assignments.Count, now.MoneyEntries.Count));
        }

        await using (var db = await _host.Contexts.CreateDbContextAsync())
        {
            Assert.False(await db.Handovers.AnyAsync());
        }

        // With the right amount the handover goes through.
        await _host.CompleteAsync(again, ExecutorAn, PrepareForm(HeldOnFirst + HeldOnSecond));
        await ApproveHandoverAsync();

        var done = await _host.InstanceAsync(handover.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal("handedOverEnd", (await _host.CompletedElementsAsync(handover.Id))[^1]);
        Assert.Equal(("2", "16500000"), (ScenarioHost.Text(done, "handedOverCases"), ScenarioHost.Text(done, "handedOverMoney")));
        Assert.Equal(0, await _host.Cases.HeldBalanceAsync(ExecutorAn));
        Assert.Equal(HeldOnFirst + HeldOnSecond, await _host.Cases.HeldBalanceAsync(ExecutorBinh));

        var an = await _host.StaffAsync(ExecutorAn);
        var binh = await _host.StaffAsync(ExecutorBinh);
        var head = await _host.StaffAsync(Head);
        await using (var db = await _host.Contexts.CreateDbContextAsync())
        {
            var record = await db.Handovers.AsNoTracking().Include(h => h.Cases).SingleAsync();
            Assert.Equal((an.Id, binh.Id, head.Id, HeldOnFirst + HeldOnSecond, new DateOnly(2026, 3, 16)), (record.FromExecutorId, record.ToExecutorId, record.ApprovedById, record.MoneyAmount, record.HandedOverOn));
            Assert.Equal([(first.Id, HeldOnFirst), (second.Id, HeldOnSecond)], record.Cases.OrderBy(x => x.CaseId).Select(x => (x.CaseId, x.MoneyAmount)));
        }

        foreach (var (c, held) in new[] { (first, HeldOnFirst), (second, HeldOnSecond) })
        {
            var moved = await _host.CaseAsync(c.Id);
            Assert.Equal((EnforcementStatus.Executing, ExecutorBinh), (moved.Status!.Value, moved.Executor!.UserName));
            // The case's running process follows: its open execution task and later executor tasks are Bình's.
            Assert.Equal(ExecutorBinh, (await _host.TaskAsync(c.Number, "executeJudgment")).Assignee);
            Assert.Equal(ExecutorBinh, ScenarioHost.Text(await _host.InstanceAsync(c.InstanceId), "executor"));
            // Reassignment keeps the history: the handover is a second assignment row replacing An.
            var assignment = moved.Assignments[^1];
            Assert.Equal((2, binh.Id, (int?)an.Id, true, Head), (moved.Assignments.Count, assignment.ExecutorId, assignment.PreviousExecutorId, assignment.HandoverId is not null, assignment.AssignedBy));
            Assert.Equal(
                [(MoneyKind.HandedOver, held, (int?)an.Id), (MoneyKind.ReceivedByHandover, held, (int?)binh.Id)],
                moved.MoneyEntries.Where(m => m.HandoverId is not null).Select(m => (m.Kind, m.Amount, m.HolderId)));
        }

        // The money is Bình's now: he can pay the creditor of the first case out of it.
        await _host.Cases.RecordMoneyAsync(first.Id, new MoneyInput(MoneyKind.PaidOut, HeldOnFirst, _host.Clock.Today) { PartyId = first.CreditorId }, ExecutorBinh);
        Assert.Equal(HeldOnSecond, await _host.Cases.HeldBalanceAsync(ExecutorBinh));

        Assert.Empty(await _host.AlertsAsync(first.Number));
        Assert.Empty(await _host.AlertsAsync(second.Number));
        Assert.Empty(await _host.MailsAsync());
    }

    private static Dictionary<string, object?> PrepareForm(long money) => new()
    {
        ["handoverReason"] = "thay-doi-chap-hanh-vien",
        ["fromExecutor"] = ExecutorAn,
        ["toExecutor"] = ExecutorBinh,
        ["moneyAmount"] = money,
        ["caseList"] = "HS-2026-009, HS-2026-019",
        ["handoverDate"] = "2026-03-16",
    };

    /// <summary>The head approves the handover on the task the Handover activity opened.</summary>
    private async Task ApproveHandoverAsync()
    {
        var approval = await _host.TaskAsync(HandoverKey, "handOver");
        Assert.Equal(("leader", Province, "handover-approval"), (approval.CandidateRole, approval.CandidateUnit, approval.FormKey));
        await _host.CompleteAsync(approval, Head, new Dictionary<string, object?> { ["decision"] = "approve", ["comment"] = "Đồng ý bàn giao." });
    }
}
