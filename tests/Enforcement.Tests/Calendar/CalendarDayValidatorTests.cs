using Thads.Enforcement.Calendar;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Calendar;

public sealed class CalendarDayValidatorTests
{
    private static CalendarDayInput Input(string date, CalendarDayKind kind) =>
        new(D(date), kind, "Dịp", "Căn cứ", null, CalendarConfirmation.Confirmed);

    [Theory]
    [InlineData("2026-01-10")] // Saturday
    [InlineData("2026-01-11")] // Sunday
    public void A_swap_workday_on_a_weekend_is_accepted(string date) =>
        Assert.Empty(CalendarDayValidator.Validate(Input(date, CalendarDayKind.SwapWorkday), sameDate: null));

    [Theory]
    [InlineData(CalendarDayKind.Holiday)]
    [InlineData(CalendarDayKind.CompensatoryDayOff)]
    [InlineData(CalendarDayKind.SwapDayOff)]
    public void Every_day_off_kind_is_refused_on_a_Saturday(CalendarDayKind kind)
    {
        var error = Assert.Single(CalendarDayValidator.Validate(Input("2026-01-10", kind), sameDate: null));

        Assert.Equal("Date", error.Field);
        Assert.Contains($"({kind})", error.Message);
    }

    [Theory]
    [InlineData("2026-11-24")] // Tuesday
    [InlineData("2026-11-28")] // Saturday
    public void A_pending_row_may_be_any_day(string date) =>
        Assert.Empty(CalendarDayValidator.Validate(Input(date, CalendarDayKind.Pending), sameDate: null));

    [Fact]
    public void An_undefined_kind_is_refused_naming_the_kind_field()
    {
        var error = Assert.Single(CalendarDayValidator.Validate(Input("2026-03-10", (CalendarDayKind)42), sameDate: null));

        Assert.Equal("Kind", error.Field);
        Assert.StartsWith("Loại ngày (Kind):", error.Message);
    }

    [Fact]
    public void An_occasion_longer_than_the_column_is_refused()
    {
        var input = Input("2026-03-10", CalendarDayKind.Holiday) with { Occasion = new string('x', 201) };

        var error = Assert.Single(CalendarDayValidator.Validate(input, sameDate: null));

        Assert.Equal("Dịp (Occasion): dài tối đa 200 ký tự (đang có 201).", error.Message);
    }
}
