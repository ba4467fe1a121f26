using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Export;
using Thads.Enforcement.Statistics.Live;
using Thads.Enforcement.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Statistics;

/// <summary>
/// Cases managed in the system count in the reports as soon as they change (projection through the audit feed), and
/// a change that reaches into a closed period leaves the closed report byte for byte as it was and shows up in the
/// next period as a dated adjustment, with who made it.
/// </summary>
public sealed class LiveProjectionTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private LiveFactProjector _projector = null!;
    private ReportEngine _engine = null!;
    private StatisticsReports _reports = null!;
    private PeriodClosingService _closings = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        var factory = _world.Database.Factory;
        _projector = new LiveFactProjector(factory, _world.Database.Time);
        _engine = new ReportEngine(factory, _projector);
        _reports = new StatisticsReports(factory, _engine);
        _closings = new PeriodClosingService(factory, _projector, _engine, _world.Database.Time);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<ReportPair> DanangAsync(int year, int month) => _engine.RunAsync(new ReportRequest(ReportPeriod.EndingIn(year, month), "DN"));

    [Fact]
    public async Task A_live_case_counts_from_its_decision_and_follows_its_status_and_money()
    {
        Assert.Equal(0, (await DanangAsync(2025, 12)).Cases.Total.Values.Total);
        var c = await _world.ExecutingAsync();

        var december = await DanangAsync(2025, 12);
        Assert.Equal(1, december.Cases.Total.Values[Leaf.New]);
        Assert.Equal(1, december.Cases.Total.Values[Leaf.InProgress]);
        Assert.Equal((Intakes.Debt + Intakes.CourtFee) / 1000, december.Money.Total.Values.Total);
        Assert.Equal(0, (await DanangAsync(2025, 10)).Cases.Total.Values.Total);

        await _world.Service.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, 20_000_000, D("2025-12-01")) { ObligationId = c.PrivateDebt().Id, ReceiptNumber = "BL-1" }, "chv.an");
        await _world.Service.ChangeStatusAsync(c.Id, EnforcementStatus.Postponed, LegalGroundCodes.PostponeByAgreement, D("2026-01-10"), "12/QĐ-HTHA", "pho.dn");

        december = await DanangAsync(2025, 12);
        Assert.Equal(20_000, december.Money.Total.Values[Leaf.Completed]);
        Assert.Equal(1, december.Cases.Total.Values[Leaf.InProgress]);
        var january = await DanangAsync(2026, 1);
        Assert.Equal(1, january.Cases.Total.Values[Leaf.Postponed]);
        Assert.Equal(1, january.Cases.Total.Values.WithConditions);
        ReportPropertyTests.AssertIdentities(january.Money, "live money");
    }

    [Fact]
    public async Task The_dashboard_shows_the_trend_and_how_late_events_were_entered()
    {
        await _world.ExecutingAsync();
        var dashboard = new Thads.Enforcement.Statistics.Dashboard.StatisticsDashboard(_world.Database.Factory, _projector, _engine);

        var data = await dashboard.ComputeAsync(new ReportRequest(ReportPeriod.EndingIn(2025, 12), "DN"));

        Assert.Equal(["2025-10", "2025-11", "2025-12"], data.Trend.Select(m => m.Month));
        Assert.Equal([0L, 1L, 1L], data.Trend.Select(m => m.New));
        // Decided, notified, verified… in November 2025, all entered on 02/03/2026 (the world's clock).
        var office = data.Timeliness.Single(t => t.Key == "office");
        Assert.True(office.Events >= 5, $"{office.Events} events");
        Assert.True(office.AverageDelayDays > 90, $"{office.AverageDelayDays} days");
        Assert.Equal(1.0, office.LateShare);
        Assert.Equal(0.0, office.MonthEndShare);
    }

    [Fact]
    public async Task A_late_change_to_a_closed_period_keeps_the_closed_report_and_counts_in_the_next_period()
    {
        var c = await _world.ExecutingAsync();
        var period = ReportPeriod.EndingIn(2025, 12);
        var refused = await Assert.ThrowsAsync<StatisticsRequestException>(() => _closings.CloseAsync("DN", period, "chv.an"));
        Assert.Equal("leader", refused.Field);
        await _closings.CloseAsync("DN", period, "truong.dn");
        var closed = await _reports.GetAsync(FormKind.Money, new ReportRequest(period, "DN"));
        Assert.True(closed.FromClosedSnapshot);
        await Assert.ThrowsAsync<StatisticsRequestException>(() => _closings.CloseAsync("DN", period, "truong.dn"));

        // Entered in March 2026, dated 20/12/2025: inside the closed period.
        await _world.Service.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, 7_000_000, D("2025-12-20")) { ObligationId = c.PrivateDebt().Id, ReceiptNumber = "BL-2" }, "chv.an");

        var again = await _reports.GetAsync(FormKind.Money, new ReportRequest(period, "DN"));
        Assert.Equal(closed.Json, again.Json);
        var recomputed = await DanangAsync(2025, 12);
        Assert.Equal(ReportJson.Read(closed.Json).Total.Values.Leaves, recomputed.Money.Total.Values.Leaves);
        Assert.Equal(0, recomputed.Money.Total.Values[Leaf.Completed]);

        var january = await DanangAsync(2026, 1);
        Assert.Equal(7_000, january.Money.Total.Values[Leaf.Completed]);
        await using var db = _world.Database.Factory.CreateDbContext();
        var adjustment = await db.Set<StatAdjustment>().SingleAsync();
        Assert.Equal(20260101, adjustment.EffectiveOn);
        Assert.Equal(20251231, adjustment.ClosedThrough);
        Assert.Equal("chv.an", adjustment.By);
        Assert.Contains("tiền đã thi hành +7.000.000 đ", adjustment.Description);
        Assert.Single(await _closings.AdjustmentsAsync(new HashSet<int> { await _world.UnitIdAsync("DN") }, ReportPeriod.EndingIn(2026, 1)));
    }
}
