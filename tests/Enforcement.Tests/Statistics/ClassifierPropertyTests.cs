using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Tests.Statistics;

/// <summary>
/// The classifier alone, over arbitrary timelines a register could not produce but adjustments can (reopened cases,
/// negative corrections, amount changes): every case in the period is counted exactly once, and its money splits
/// into leaves that add up, in VND and in thousands.
/// </summary>
public sealed class ClassifierPropertyTests
{
    [Fact]
    public void Each_case_is_counted_once_and_its_money_balances_for_any_timeline()
    {
        var random = new Random(20170630);
        var definition = ReportDefinitions.For(FormKind.Cases, new DateOnly(2025, 1, 31));
        var contribution = new CaseContribution();
        var states = Enum.GetValues<StatState>();
        for (var trial = 0; trial < 20_000; trial++)
        {
            var accepted = StatDate.From(new DateOnly(2015, 1, 1).AddDays(random.Next(2000)));
            var events = new List<StatEvent>();
            var day = StatDate.ToDate(accepted);
            for (var n = random.Next(8); n > 0; n--)
            {
                day = day.AddDays(random.Next(0, 200));
                var date = StatDate.From(day);
                events.Add(random.Next(4) switch
                {
                    0 => StatEvent.To(date, states[random.Next(states.Length)]),
                    1 => StatEvent.Executed(date, random.Next(-50_000, 5_000_000)),
                    2 => StatEvent.Reduced(date, random.Next(0, 1_000_000)),
                    _ => StatEvent.AmountChange(date, random.Next(-100_000, 2_000_000)),
                });
            }

            var period = ReportPeriod.EndingIn(2015 + random.Next(6), 1 + random.Next(12));
            var amount = random.NextInt64(0, 50_000_000_000);
            if (!CaseClassifier.Classify(accepted, amount, events, period, definition, contribution))
            {
                continue;
            }

            var label = $"trial {trial}: {accepted} {Timeline.Encode(events)} to {period.Key}";
            var cases = new FormValues((long[])contribution.Cases.Clone());
            Assert.True(cases.Total == 1, label);
            Assert.True(cases[Leaf.Removed] + cases.WithConditions + cases[Leaf.NoConditions] == 1, label);
            foreach (var money in new[] { contribution.MoneyVnd, contribution.MoneyThousands })
            {
                var values = new FormValues((long[])money.Clone());
                Assert.True(values.IsBalanced, label);
            }

            for (var i = 0; i < Leaves.Count; i++)
            {
                Assert.True(Math.Abs(contribution.MoneyThousands[i] * 1000 - contribution.MoneyVnd[i]) <= 1000, label + $" leaf {(Leaf)i}");
            }
        }
    }

    [Fact]
    public void A_case_reopened_in_the_period_after_ending_before_it_counts_as_new()
    {
        var definition = ReportDefinitions.For(FormKind.Cases, new DateOnly(2017, 6, 30));
        var contribution = new CaseContribution();
        var events = new List<StatEvent> { StatEvent.To(20160901, StatState.Completed), StatEvent.To(20161001, StatState.Postponed) };

        Assert.True(CaseClassifier.Classify(20150101, 5_000_000, events, new ReportPeriod(2017, 6), definition, contribution));
        Assert.Equal(1, contribution.Cases[(int)Leaf.New]);
        Assert.Equal(1, contribution.Cases[(int)Leaf.Postponed]);
        Assert.False(CaseClassifier.Classify(20150101, 5_000_000, events.Take(1).ToList(), new ReportPeriod(2017, 6), definition, contribution));
    }

    [Fact]
    public void A_delegated_case_counts_as_completed_for_the_sender_once_anything_was_executed()
    {
        var definition = ReportDefinitions.For(FormKind.Cases, new DateOnly(2017, 6, 30));
        var contribution = new CaseContribution();
        var period = new ReportPeriod(2017, 6);

        CaseClassifier.Classify(20161010, 9_000_000, [StatEvent.Executed(20161101, 4_000_000), StatEvent.To(20161201, StatState.DelegatedOut)], period, definition, contribution);
        Assert.Equal(1, contribution.Cases[(int)Leaf.Completed]);
        Assert.Equal(4_000, contribution.MoneyThousands[(int)Leaf.Completed]);
        Assert.Equal(5_000, contribution.MoneyThousands[(int)Leaf.Removed]);

        CaseClassifier.Classify(20161010, 9_000_000, [StatEvent.To(20161201, StatState.DelegatedOut)], period, definition, contribution);
        Assert.Equal(1, contribution.Cases[(int)Leaf.Removed]);
        Assert.Equal(0, contribution.Cases[(int)Leaf.Completed]);
    }
}
