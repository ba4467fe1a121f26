using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Demo;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Tests.Statistics;

/// <summary>
/// A register line that would change a closed period is refused (line and reason), or with <c>adjust</c> counted from
/// the day after the closed period; either way the closed reports stay byte for byte what they were.
/// </summary>
public sealed class RegisterClosingTests
{
    private static SyntheticCase Case(string number, string accepted, params (string Date, StatState State)[] history)
    {
        var c = new SyntheticCase { UnitCode = "C01-01", CaseNumber = number, AcceptedOn = DateOnly.Parse(accepted), Amount = 3_000_000 };
        c.History.AddRange(history.Select(h => (DateOnly.Parse(h.Date), h.State)));
        return c;
    }

    [Fact]
    public async Task Lines_reaching_into_a_closed_period_are_refused_or_counted_in_the_next_period()
    {
        await using var world = await StatisticsWorld.CreateAsync();
        Assert.True((await world.ImportAsync([Case("1/2016", "2016-11-01"), Case("2/2016", "2016-12-01", ("2017-02-10", StatState.Completed))])).Committed);
        var reports = new StatisticsReports(world.Factory, world.Engine);
        var closings = new PeriodClosingService(world.Factory, world.Projector, world.Engine, world.Database.Time);
        var march = ReportPeriod.EndingIn(2017, 3);
        await closings.CloseAsync("C01", march, "truong.c01");
        var before06 = await reports.GetAsync(FormKind.Cases, new ReportRequest(march, "C01"));
        var before07 = await reports.GetAsync(FormKind.Money, new ReportRequest(march, "C01"));
        var nationalBefore = (await world.ReportAsync(2017, 3)).Cases.Row("C01")!.Values.Leaves;

        var late = new[] { Case("3/2017", "2017-02-15", ("2017-03-10", StatState.Postponed)), Case("4/2017", "2017-04-03") };
        var refused = await world.ImportAsync(late);
        Assert.False(refused.Committed);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("kỳ đã chốt đến 31/03/2017", problem.Message);

        var adjusted = await world.ImportAsync(late, adjust: true);
        Assert.True(adjusted.Committed);
        Assert.Equal((2, 1), (adjusted.Imported, adjusted.Adjusted));

        Assert.Equal(before06.Json, (await reports.GetAsync(FormKind.Cases, new ReportRequest(march, "C01"))).Json);
        Assert.Equal(before07.Json, (await reports.GetAsync(FormKind.Money, new ReportRequest(march, "C01"))).Json);
        Assert.Equal(nationalBefore, (await world.ReportAsync(2017, 3)).Cases.Row("C01")!.Values.Leaves);

        var april = (await world.ReportAsync(2017, 4, "C01")).Cases.Total.Values;
        Assert.Equal(4, april[Leaf.New]);
        Assert.Equal(1, april[Leaf.Postponed]);
        await using var db = await world.Factory.CreateDbContextAsync();
        var adjustment = await db.Set<StatAdjustment>().SingleAsync();
        Assert.Equal(("3/2017", 20170401), (adjustment.CaseNumber, adjustment.EffectiveOn));
        Assert.Contains("thụ lý ngày 15/02/2017 tính là thụ lý từ 01/04/2017", adjustment.Description);
    }

    [Fact]
    public async Task Only_a_leader_of_the_unit_or_above_closes_and_only_a_finished_period()
    {
        await using var world = await StatisticsWorld.CreateAsync();
        var closings = new PeriodClosingService(world.Factory, world.Projector, world.Engine, world.Database.Time);
        var period = ReportPeriod.EndingIn(2017, 3);

        Assert.Equal("leader", (await Assert.ThrowsAsync<StatisticsRequestException>(() => closings.CloseAsync("C01", period, "thongke.c01"))).Field);
        Assert.Equal("leader", (await Assert.ThrowsAsync<StatisticsRequestException>(() => closings.CloseAsync("C01", period, "truong.c02"))).Field);
        Assert.Equal("to", (await Assert.ThrowsAsync<StatisticsRequestException>(() => closings.CloseAsync("C01", ReportPeriod.EndingIn(2026, 3), "truong.c01"))).Field);
        var closed = await closings.CloseAsync("C01-02", period, "truong.tc");
        Assert.Equal(64, closed.Checksum.Length);
    }
}
