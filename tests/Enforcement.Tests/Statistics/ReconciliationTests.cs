using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Demo;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Reconciliation;

namespace Thads.Enforcement.Tests.Statistics;

/// <summary>Software vs traditional figures per unit and indicator, like the General Department's comparison table.</summary>
public sealed class ReconciliationTests
{
    [Fact]
    public async Task Each_unit_and_indicator_shows_software_traditional_and_difference()
    {
        await using var world = await StatisticsWorld.CreateAsync();
        var cases = Enumerable.Range(1, 5).Select(i => new SyntheticCase
        {
            UnitCode = i <= 3 ? "C01-01" : "C01-02", CaseNumber = $"{i}/2017", AcceptedOn = new DateOnly(2016, 11, i), Amount = 1_000_000,
        }).ToList();
        cases[0].History.Add((new DateOnly(2017, 1, 5), Thads.Enforcement.Statistics.Facts.StatState.Completed));
        Assert.True((await world.ImportAsync(cases)).Committed);
        var file = world.WriteFile("paper.csv", """
            ma_don_vi;bieu;ky;T;X;NC
            C01-01;06;2017-06;3;2;
            C01;06;2017-06;6;1;0
            """);

        var imported = await new TraditionalImporter(world.Factory, world.Database.Time).ImportAsync(file, "thongke.c01");
        Assert.True(imported.Committed, string.Join('\n', imported.Problems));
        var service = new ReconciliationService(world.Factory, new StatisticsReports(world.Factory, world.Engine));
        var lines = await service.CompareAsync(FormKind.Cases, new ReportRequest(ReportPeriod.EndingIn(2017, 6), "C01"));

        var x = lines.Single(l => l.RowKey == "C01-01" && l.Indicator == "X");
        Assert.Equal((1m, 2m, -1m), (x.Software, x.Traditional!.Value, x.Difference!.Value));
        var total = lines.Single(l => l.RowKey == RowPlan.TotalKey && l.Indicator == "T");
        Assert.Equal((5m, 6m, -1m), (total.Software, total.Traditional!.Value, total.Difference!.Value));
        Assert.Null(lines.Single(l => l.RowKey == "C01-02" && l.Indicator == "T").Traditional);
        Assert.Null(lines.Single(l => l.RowKey == "C01-01" && l.Indicator == "NC").Difference);

        // Imported again with another figure: the cell is replaced, not duplicated.
        var again = world.WriteFile("paper2.csv", "ma_don_vi,bieu,ky,X\nC01-01,06,2017-06,1\n");
        Assert.True((await new TraditionalImporter(world.Factory, world.Database.Time).ImportAsync(again, "thongke.c01")).Committed);
        x = (await service.CompareAsync(FormKind.Cases, new ReportRequest(ReportPeriod.EndingIn(2017, 6), "C01"))).Single(l => l.RowKey == "C01-01" && l.Indicator == "X");
        Assert.Equal(0m, x.Difference);
    }
}
