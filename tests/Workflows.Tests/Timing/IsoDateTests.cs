using Thads.Workflows.Timing;
using Xunit;

namespace Thads.Workflows.Tests.Timing;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2025-03-01T08:30:00+07:00", "2025-03-01T08:30:00+07:00")]
    [InlineData("2025-03-01T08:30:00Z", "2025-03-01T08:30:00+00:00")]
    [InlineData("2025-03-01T08:30:00.123-05:30", "2025-03-01T08:30:00.123-05:30")]
    [InlineData("2025-03-01T08:30:00,5+0700", "2025-03-01T08:30:00.5+07:00")]
    [InlineData("2025-03-01T08:30+09", "2025-03-01T08:30:00+09:00")]
    [InlineData("2024-02-29T23:59:59+07:00", "2024-02-29T23:59:59+07:00")]
    public void Dates_with_an_offset_keep_that_offset(string text, string expected)
    {
        Assert.True(IsoDate.TryParse(text, out var value));

        var wanted = DateTimeOffset.Parse(expected, null);
        Assert.Equal(wanted, value);
        Assert.Equal(wanted.Offset, value.Offset);
    }

    [Fact]
    public void A_date_time_without_offset_is_engine_local_time_which_defaults_to_vietnam()
    {
        Assert.True(IsoDate.TryParse("2025-03-01T08:30:00", out var local));
        Assert.True(IsoDate.TryParse("2025-03-01T08:30:00", TimeSpan.Zero, out var utc));

        Assert.Equal(TimeSpan.FromHours(7), IsoDate.DefaultOffset);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.FromHours(7)), local);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.Zero), utc);
    }

    [Fact]
    public void A_date_alone_means_midnight_local_time()
    {
        Assert.True(IsoDate.TryParse("2025-09-02", out var value));

        Assert.Equal(new DateTimeOffset(2025, 9, 2, 0, 0, 0, TimeSpan.FromHours(7)), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025-02-29T00:00:00")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-03-01T24:00:00")]
    [InlineData("2025-03-01T08:60:00")]
    [InlineData("2025-03-01T08:30:00+15:00")]
    [InlineData("2025-03-01T08:30:00+07:60")]
    [InlineData("2025-03-01Z")]
    [InlineData("01/03/2025")]
    [InlineData("20250301T083000")]
    [InlineData("2025-03-01 08:30:00")]
    [InlineData("2025-03-01T08:30:00+07:00 extra")]
    [InlineData("\uFF12\uFF10\uFF12\uFF15-03-01")]
    [InlineData("0000-01-01")]
    public void Anything_but_an_extended_iso_8601_date_is_refused(string? text)
    {
        Assert.False(IsoDate.TryParse(text, out _));
    }
}
