using Thads.Workflows.Timing;
using Xunit;

namespace Thads.Workflows.Tests.Timing;

public sealed class IsoCycleTests
{
    private static readonly DateTimeOffset Created = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_cycle_without_start_fires_one_interval_after_creation_and_counts_its_repetitions()
    {
        Assert.True(IsoCycle.TryParse("R3/PT10M", out var cycle));

        Assert.Equal(3, cycle.Repetitions);
        Assert.False(cycle.IsUnbounded);
        Assert.Equal(Created.AddMinutes(10), cycle.NextAfter(Created, Created));
        Assert.Equal(Created.AddMinutes(20), cycle.NextAfter(Created.AddMinutes(10), Created));
        Assert.Equal(Created.AddMinutes(30), cycle.NextAfter(Created.AddMinutes(25), Created));
        Assert.Null(cycle.NextAfter(Created.AddMinutes(30), Created));
    }

    [Fact]
    public void An_unbounded_cycle_keeps_firing_and_skips_to_the_next_occurrence_after_a_gap()
    {
        Assert.True(IsoCycle.TryParse("R/P1D", out var cycle));

        Assert.True(cycle.IsUnbounded);
        Assert.Null(cycle.Repetitions);
        Assert.Equal(Created.AddDays(1001), cycle.NextAfter(Created.AddDays(1000).AddSeconds(1), Created));
    }

    [Fact]
    public void A_cycle_with_a_start_fires_first_at_the_start_itself()
    {
        Assert.True(IsoCycle.TryParse("R2/2025-04-01T08:00:00/P1D", out var cycle));
        var start = new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.FromHours(7));

        Assert.Equal(start, cycle.Start);
        Assert.Equal(start, cycle.NextAfter(Created, Created));
        Assert.Equal(start.AddDays(1), cycle.NextAfter(start, Created));
        Assert.Null(cycle.NextAfter(start.AddDays(1), Created));
    }

    [Fact]
    public void A_cycle_with_an_end_stops_after_the_end_but_fires_exactly_at_it()
    {
        Assert.True(IsoCycle.TryParse("R/PT1H/2025-03-03T11:00:00+07:00", out var cycle));

        Assert.Equal(Created.AddHours(3), cycle.End);
        Assert.Equal(Created.AddHours(3), cycle.NextAfter(Created.AddHours(2.5), Created));
        Assert.Null(cycle.NextAfter(Created.AddHours(3), Created));
    }

    [Fact]
    public void A_monthly_cycle_from_the_thirty_first_returns_to_the_thirty_first_after_a_short_month()
    {
        Assert.True(IsoCycle.TryParse("R/2025-01-31T09:00:00+07:00/P1M", out var cycle));
        var january = new DateTimeOffset(2025, 1, 31, 9, 0, 0, TimeSpan.FromHours(7));

        var february = cycle.NextAfter(january, Created)!.Value;
        var march = cycle.NextAfter(february, Created)!.Value;

        Assert.Equal(new DateTimeOffset(2025, 2, 28, 9, 0, 0, TimeSpan.FromHours(7)), february);
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 9, 0, 0, TimeSpan.FromHours(7)), march);
    }

    [Theory]
    [InlineData("R/2000-01-01T00:00:00Z/PT1S", "2025-01-01T00:00:00.5Z", "2025-01-01T00:00:01Z")]
    [InlineData("R/2000-01-31T00:00:00Z/P1M", "2025-02-27T00:00:00Z", "2025-02-28T00:00:00Z")]
    [InlineData("R/2000-02-29T00:00:00Z/P1Y", "2024-03-01T00:00:00Z", "2025-02-28T00:00:00Z")]
    public void A_cycle_anchored_long_ago_finds_the_next_occurrence_directly(string text, string after, string expected)
    {
        Assert.True(IsoCycle.TryParse(text, out var cycle));

        Assert.Equal(DateTimeOffset.Parse(expected, null), cycle.NextAfter(DateTimeOffset.Parse(after, null), Created));
    }

    [Fact]
    public void Dates_without_offset_in_a_cycle_use_the_offset_given_or_vietnam_time()
    {
        Assert.True(IsoCycle.TryParse("R1/2025-04-01T08:00:00/P1D", out var local));
        Assert.True(IsoCycle.TryParse("R1/2025-04-01T08:00:00/P1D", TimeSpan.Zero, out var utc));

        Assert.Equal(TimeSpan.FromHours(7), local.Start!.Value.Offset);
        Assert.Equal(TimeSpan.Zero, utc.Start!.Value.Offset);
    }

    [Theory]
    [InlineData("R3/PT10M")]
    [InlineData("R/P1D")]
    [InlineData("R2/2025-04-01T08:00:00+07:00/P1D")]
    [InlineData("R/PT1H/2025-03-03T11:00:00+07:00")]
    public void A_cycle_prints_back_in_the_form_it_was_written(string text)
    {
        Assert.True(IsoCycle.TryParse(text, out var cycle));

        Assert.Equal(text, cycle.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PT1H")]
    [InlineData("R3")]
    [InlineData("R0/PT1H")]
    [InlineData("R-1/PT1H")]
    [InlineData("R+2/PT1H")]
    [InlineData("R/PT0S")]
    [InlineData("R3/PT1H/PT2H")]
    [InlineData("R3/2025-01-01/2025-02-01")]
    [InlineData("R3/PT1H/extra/more")]
    [InlineData("R99999999999/PT1H")]
    [InlineData("0 0 9 * * ?")]
    public void Malformed_cycles_are_refused(string? text)
    {
        Assert.False(IsoCycle.TryParse(text, out _));
    }
}
