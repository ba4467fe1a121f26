using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Tests.Statistics;

public sealed class TimelineAndRoundingTests
{
    [Fact]
    public void A_timeline_reads_back_as_written()
    {
        List<StatEvent> events =
        [
            StatEvent.To(20170110, StatState.Postponed), StatEvent.Executed(20170115, 1_500_000), StatEvent.To(20170301, StatState.InProgress),
            StatEvent.Reduced(20170401, 300_000), StatEvent.AmountChange(20171001, -250_000), StatEvent.To(20170502, StatState.Completed),
        ];
        var text = Timeline.Encode(events);

        Assert.Equal("20170110H 20170115$1500000 20170301W 20170401G300000 20170502X 20171001A-250000", text);
        Assert.Equal(events.OrderBy(e => e.Date), Timeline.Decode(text));
    }

    [Theory]
    [InlineData("2017011H")]
    [InlineData("20170110Z")]
    [InlineData("20170110$abc")]
    [InlineData("20170110H5")]
    public void A_damaged_timeline_is_refused(string text) => Assert.Throws<FormatException>(() => Timeline.Decode(text));

    [Fact]
    public void Thousands_keep_both_sums_of_T_and_never_move_a_leaf_by_more_than_one()
    {
        var random = new Random(7);
        var thousands = new long[Leaves.Count];
        for (var trial = 0; trial < 10_000; trial++)
        {
            var vnd = new long[Leaves.Count];
            var total = random.NextInt64(0, 900_000_000);
            vnd[(int)Leaf.CarriedOver] = random.NextInt64(total / 2 + 1);
            vnd[(int)Leaf.New] = total - vnd[(int)Leaf.CarriedOver];
            var left = total;
            foreach (var leaf in new[] { Leaf.Removed, Leaf.Completed, Leaf.Terminated, Leaf.Reduced, Leaf.InProgress, Leaf.Postponed })
            {
                vnd[(int)leaf] = random.NextInt64(-5_000, left / 3 + 1);
                left -= vnd[(int)leaf];
            }

            vnd[(int)Leaf.NoConditions] = left;
            ThousandsRounding.Round(vnd, thousands);
            var values = new FormValues(thousands);
            Assert.True(values.IsBalanced);
            Assert.Equal(ThousandsRounding.ToThousands(total), values.Total);
            for (var i = 0; i < Leaves.Count; i++)
            {
                Assert.True(Math.Abs(thousands[i] * 1000 - vnd[i]) <= 1000);
            }
        }
    }

    [Theory]
    [InlineData(2017, 6, "2016-10-01", "2017-06-30", 9)]
    [InlineData(2016, 10, "2016-10-01", "2016-10-31", 1)]
    [InlineData(2017, 9, "2016-10-01", "2017-09-30", 12)]
    [InlineData(2024, 2, "2023-10-01", "2024-02-29", 5)]
    public void A_period_runs_from_the_first_of_october_to_the_end_of_its_month(int year, int month, string from, string to, int months)
    {
        var period = ReportPeriod.EndingIn(year, month);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
        Assert.Equal(months, period.Months);
    }

    [Theory]
    [InlineData("2019-12-31", "TT01-2013/06")]
    [InlineData("2020-01-31", "TT06-2019/06")]
    [InlineData("2024-07-25", "TT06-2019/06")]
    [InlineData("2024-07-31", "TT05-2024/06")]
    public void The_form_in_force_on_the_last_day_of_the_period_is_used(string end, string id) =>
        Assert.Equal(id, ReportDefinitions.For(FormKind.Cases, DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)).Id);
}
