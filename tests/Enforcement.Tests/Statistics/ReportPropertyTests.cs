using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Demo;
using Thads.Enforcement.Statistics.Engine;

namespace Thads.Enforcement.Tests.Statistics;

/// <summary>
/// Property-based checks over random registers (seeded, so a failure names its seed and replays): the forms'
/// identities, roll-ups and the statistical year's rules hold for every row of every report, and every figure
/// equals what the definitions give when computed straight from the generated lines.
/// </summary>
public sealed class ReportPropertyTests
{
    private static readonly DateOnly From = new(2014, 10, 1);
    private static readonly DateOnly AsOf = new(2018, 6, 30);

    public static TheoryData<int> Seeds => [11, 23, 37, 41, 59];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_row_matches_the_definitions_and_obeys_the_identities(int seed)
    {
        await using var world = await StatisticsWorld.CreateAsync();
        var random = new Random(seed);
        var cases = SyntheticRegister.Generate(random, world.Organisation, 600, From, AsOf).ToList();
        var imported = await world.ImportAsync(cases);
        Assert.True(imported.Committed, string.Join('\n', imported.Problems));
        var executors = await world.StaffIdsAsync();

        for (var round = 0; round < 4; round++)
        {
            var period = ReportPeriod.EndingIn(2015 + random.Next(4), 1 + random.Next(12));
            if (period.To > AsOf)
            {
                continue;
            }

            var national = await world.Engine.RunAsync(new ReportRequest(period));
            foreach (var report in new[] { national.Cases, national.Money })
            {
                AssertIdentities(report, $"seed {seed}, {period.Key}, {report.Definition.Id}");
            }

            foreach (var row in national.Cases.Rows)
            {
                var expected = ExpectedFigures.Sum(cases, period, c => c.UnitCode.StartsWith(row.Key, StringComparison.Ordinal));
                Assert.True(expected.Cases.Leaves.SequenceEqual(row.Values.Leaves), $"seed {seed}, {period.Key}, cases of {row.Key}: expected {string.Join(',', expected.Cases.Leaves)}, got {string.Join(',', row.Values.Leaves)}");
                var money = national.Money.Row(row.Key)!;
                Assert.True(expected.Money.Leaves.SequenceEqual(money.Values.Leaves), $"seed {seed}, {period.Key}, money of {row.Key}");

                // A province's own report totals exactly its row in the national report.
                var province = await world.Engine.RunAsync(new ReportRequest(period, row.Key));
                Assert.Equal(row.Values.Leaves, province.Cases.Total.Values.Leaves);
                Assert.Equal(money.Values.Leaves, province.Money.Total.Values.Leaves);
                AssertIdentities(province.Cases, $"seed {seed}, {period.Key}, province {row.Key}");
            }

            // A district by executor: the executors' rows add up to the district, and each equals the definitions.
            var district = cases[random.Next(cases.Count)].UnitCode;
            var byExecutor = await world.Engine.RunAsync(new ReportRequest(period, district, Grouping: RowGrouping.Executors));
            var whole = ExpectedFigures.Sum(cases, period, c => c.UnitCode.StartsWith(district, StringComparison.Ordinal));
            Assert.Equal(whole.Cases.Leaves, byExecutor.Cases.Total.Values.Leaves);
            foreach (var row in byExecutor.Cases.Rows.Where(r => r.Kind == RowKind.Executor))
            {
                var name = executors.Single(e => e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == row.Key).Key;
                var mine = ExpectedFigures.Sum(cases, period, c => c.UnitCode.StartsWith(district, StringComparison.Ordinal) && string.Equals(c.Executor, name, StringComparison.OrdinalIgnoreCase));
                Assert.Equal(mine.Cases.Leaves, row.Values.Leaves);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Carried_over_is_constant_in_a_year_equals_last_years_annual_next_and_new_and_completed_never_fall(int seed)
    {
        await using var world = await StatisticsWorld.CreateAsync();
        var random = new Random(seed);
        Assert.True((await world.ImportAsync(SyntheticRegister.Generate(random, world.Organisation, 500, From, AsOf))).Committed);

        foreach (var year in new[] { 2016, 2017 })
        {
            var annualBefore = await world.Engine.RunAsync(new ReportRequest(new ReportPeriod(year - 1, 9)));
            FormValues? previous = null;
            FormValues? previousMoney = null;
            foreach (var month in new[] { 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9 })
            {
                var report = await world.Engine.RunAsync(new ReportRequest(new ReportPeriod(year, month)));
                var label = $"seed {seed}, year {year}, month {month}";
                Assert.True(report.Cases.Total.Values[Leaf.CarriedOver] == annualBefore.Cases.Total.Values.Next, label);
                Assert.True(report.Money.Total.Values[Leaf.CarriedOver] == annualBefore.Money.Total.Values.Next, label + " (money)");
                foreach (var row in report.Cases.Rows)
                {
                    Assert.Equal(annualBefore.Cases.Row(row.Key)!.Values.Next, row.Values[Leaf.CarriedOver]);
                }

                if (previous is not null)
                {
                    Assert.True(report.Cases.Total.Values[Leaf.New] >= previous[Leaf.New], label);
                    Assert.True(report.Cases.Total.Values.Done >= previous.Done, label);
                    Assert.True(report.Money.Total.Values[Leaf.New] >= previousMoney![Leaf.New], label);
                }

                previous = report.Cases.Total.Values;
                previousMoney = report.Money.Total.Values;
            }
        }
    }

    internal static void AssertIdentities(StatisticsReport report, string label)
    {
        var sum = new FormValues();
        foreach (var row in report.RowsWithTotal)
        {
            var v = row.Values;
            var at = $"{label}, row {row.Key}";
            Assert.True(v.Total == v[Leaf.CarriedOver] + v[Leaf.New], at + ": c1 = c2 + c3");
            Assert.True(v.ToExecute == v.Total - v[Leaf.Removed], at + ": c5 = c1 − c4");
            Assert.True(v.ToExecute == v.WithConditions + v[Leaf.NoConditions], at + ": c5 = c6 + c13");
            Assert.True(v.WithConditions == Leaves.WithConditions.Sum(l => v[l]), at + ": c6 = c7 + … + c12");
            Assert.True(v.Next == v.ToExecute - v.Done, at + ": c15 = c5 − c7 − c8");
            Assert.True(v.NextWithConditions == v.WithConditions - v.Done, at + ": NEXT_C = C − X");
            Assert.Equal(v.WithConditions == 0 ? null : Math.Round(v.Done * 100m / v.WithConditions, 2, MidpointRounding.AwayFromZero), v.Rate);
            if (report.Definition.Form == FormKind.Cases)
            {
                Assert.True(v.Leaves.All(x => x >= 0), at + ": counts are never negative");
                Assert.True(v[Leaf.Reduced] == 0, at + ": the cases form has no reduction column");
            }

            if (row.Kind != RowKind.Total)
            {
                sum.Add(v);
            }
        }

        Assert.True(sum.Leaves.SequenceEqual(report.Total.Values.Leaves), label + ": total = sum of the rows");
    }
}
