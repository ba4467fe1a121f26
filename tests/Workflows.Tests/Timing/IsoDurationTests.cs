using Thads.Workflows.Timing;
using Xunit;

namespace Thads.Workflows.Tests.Timing;

public sealed class IsoDurationTests
{
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    [Fact]
    public void Every_component_is_read_from_a_full_duration()
    {
        Assert.True(IsoDuration.TryParse("P1Y2M3W4DT5H6M7.5S", out var duration));

        Assert.Equal((1, 2, 3, 4, 5, 6, 7.5m), (duration.Years, duration.Months, duration.Weeks, duration.Days, duration.Hours, duration.Minutes, duration.Seconds));
        Assert.Equal(25, duration.WholeDays);
        Assert.True(duration.HasCalendarUnits);
        Assert.Null(duration.ExactLength);
    }

    [Theory]
    [InlineData("P5D", "P5D")]
    [InlineData("PT36H", "PT36H")]
    [InlineData("PT1,5S", "PT1.5S")]
    [InlineData("P0D", "PT0S")]
    [InlineData(" P2W ", "P2W")]
    [InlineData("P1DT0.000000001S", "P1DT0.000000001S")]
    public void Valid_durations_parse_and_print_in_canonical_form(string text, string canonical)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(canonical, duration.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1")]
    [InlineData("5D")]
    [InlineData("P1DT")]
    [InlineData("P1.5D")]
    [InlineData("PT1.5H")]
    [InlineData("PT1.5S2M")]
    [InlineData("P-1D")]
    [InlineData("p5d")]
    [InlineData("P1M1Y")]
    [InlineData("PT1S2M")]
    [InlineData("P1D1D")]
    [InlineData("P\u0663D")]
    [InlineData("PT.5S")]
    [InlineData("PT1.S")]
    [InlineData("P99999Y")]
    [InlineData("PT99999999999999H")]
    [InlineData("PT9999999999M")]
    [InlineData("P5 D")]
    public void Malformed_or_unrepresentable_durations_are_refused(string? text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_text()
    {
        var error = Assert.Throws<FormatException>(() => IsoDuration.Parse("5 days"));

        Assert.Contains("'5 days'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P1M", "2025-01-31T09:00:00+07:00", "2025-02-28T09:00:00+07:00")]
    [InlineData("P1Y", "2024-02-29T09:00:00+07:00", "2025-02-28T09:00:00+07:00")]
    [InlineData("P1DT2H30M", "2025-03-01T22:00:00+07:00", "2025-03-03T00:30:00+07:00")]
    [InlineData("P1W", "2025-12-29T08:00:00+07:00", "2026-01-05T08:00:00+07:00")]
    [InlineData("PT0.5S", "2025-03-01T08:00:00+07:00", "2025-03-01T08:00:00.5+07:00")]
    public void Adding_applies_calendar_units_first_and_keeps_the_offset(string duration, string start, string expected)
    {
        var result = IsoDuration.Parse(duration).AddTo(DateTimeOffset.Parse(start, null));

        Assert.Equal(DateTimeOffset.Parse(expected, null), result);
        Assert.Equal(Hanoi, result.Offset);
    }

    [Fact]
    public void Adding_past_the_end_of_the_calendar_fails_safely()
    {
        var duration = IsoDuration.Parse("P1D");

        Assert.False(duration.TryAddTo(DateTimeOffset.MaxValue.AddHours(-1), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => duration.AddTo(DateTimeOffset.MaxValue.AddHours(-1)));
    }

    [Fact]
    public void Days_and_weeks_only_durations_are_whole_days_with_an_exact_length()
    {
        var duration = IsoDuration.Parse("P1W2D");

        Assert.True(duration.IsWholeDays);
        Assert.Equal(9, duration.WholeDays);
        Assert.Equal(TimeSpan.FromDays(9), duration.ExactLength);
        Assert.False(IsoDuration.Parse("P1DT1H").IsWholeDays);
        Assert.Equal(TimeSpan.FromHours(25), IsoDuration.Parse("P1DT1H").ExactLength);
        Assert.Equal(TimeSpan.FromMinutes(90), IsoDuration.Parse("PT1H30M").TimePart);
    }

    [Fact]
    public void Equal_durations_compare_equal_and_zero_is_recognised()
    {
        Assert.Equal(IsoDuration.Parse("PT1.50S"), IsoDuration.Parse("PT1.5S"));
        Assert.True(IsoDuration.Parse("PT0S").IsZero);
        Assert.False(IsoDuration.Parse("P1M").IsZero);
        Assert.True(default(IsoDuration).IsZero);
    }

    [Fact]
    public void Multiplying_scales_every_component_and_refuses_overflow()
    {
        Assert.True(IsoDuration.Parse("P1M2DT3H").TryMultiply(4, out var product));
        Assert.Equal("P4M8DT12H", product.ToString());
        Assert.False(IsoDuration.Parse("P100Y").TryMultiply(1000, out _));
    }

    [Fact]
    public void Negative_components_are_rejected_by_the_constructor()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoDuration(0, 0, 0, -1, 0, 0, 0));
    }
}
