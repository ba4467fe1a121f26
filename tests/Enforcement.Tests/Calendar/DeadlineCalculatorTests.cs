using Thads.Enforcement.Calendar;
using Thads.Enforcement.Tests.Support;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Calendar;

public sealed class DeadlineCalculatorTests(SeededCalendarFixture fixture) : IClassFixture<SeededCalendarFixture>
{
    private DeadlineCalculator Deadlines => fixture.Database.Deadlines;

    [Fact]
    public void Ten_calendar_days_ending_on_a_Sunday_end_on_the_Monday_after()
    {
        // Thu 26/02/2026 + 10 days = Sun 08/03/2026 (Civil Code 2015, Art. 148 cl. 5).
        Assert.Equal(D("2026-03-09"), Deadlines.Compute(D("2026-02-26"), DeadlinePeriod.Days(10)).LastDay);
    }

    [Fact]
    public void Ten_calendar_days_ending_on_a_working_day_end_that_day()
    {
        Assert.Equal(D("2026-03-12"), Deadlines.Compute(D("2026-03-02"), DeadlinePeriod.Days(10)).LastDay);
    }

    [Fact]
    public void The_Art_45_voluntary_period_ending_inside_Tet_ends_on_the_first_working_day_after_it()
    {
        // Decision received Mon 09/02/2026: day 10 is Thu 19/02, inside the Tết break.
        Assert.Equal(D("2026-02-23"), Deadlines.Compute(D("2026-02-09"), DeadlinePeriod.Days(10)).LastDay);
    }

    [Fact]
    public void Six_months_from_31_August_end_on_the_last_day_of_February_moved_to_the_next_working_day()
    {
        // 28/02/2026 has no "31st" and is a Saturday: Monday 02/03.
        Assert.Equal(D("2026-03-02"), Deadlines.Compute(D("2025-08-31"), DeadlinePeriod.Months(6)).LastDay);
        // 28/02/2027 is a Sunday: Monday 01/03.
        Assert.Equal(D("2027-03-01"), Deadlines.Compute(D("2026-08-31"), DeadlinePeriod.Months(6)).LastDay);
    }

    [Fact]
    public void Six_months_from_31_August_2024_end_on_Friday_28_February_2025()
    {
        Assert.Equal(D("2025-02-28"), Deadlines.Compute(D("2024-08-31"), DeadlinePeriod.Months(6)).LastDay);
    }

    [Fact]
    public void A_month_period_ends_on_the_corresponding_day()
    {
        Assert.Equal(D("2026-06-16"), Deadlines.Compute(D("2026-03-16"), DeadlinePeriod.Months(3)).LastDay);
    }

    [Fact]
    public void A_year_ending_on_National_Day_moves_to_the_next_working_day()
    {
        // 02/09/2026 (Wednesday) is a holiday.
        Assert.Equal(D("2026-09-03"), Deadlines.Compute(D("2025-09-02"), DeadlinePeriod.Years(1)).LastDay);
    }

    [Fact]
    public void Five_working_days_from_the_eve_of_30_April_skip_both_holidays_and_the_weekend()
    {
        // Art. 36: Wed 29/04/2026 → Mon 04/05 (1) … Fri 08/05 (5).
        Assert.Equal(D("2026-05-08"), Deadlines.Compute(D("2026-04-29"), DeadlinePeriod.WorkingDays(5)).LastDay);
    }

    [Fact]
    public void An_immediate_deadline_is_the_event_day()
    {
        Assert.Equal(D("2026-02-14"), Deadlines.Compute(D("2026-02-14"), DeadlinePeriod.Immediate).LastDay);
    }

    [Fact]
    public void A_deadline_records_the_calendar_version_it_was_computed_with()
    {
        var deadline = Deadlines.Compute(D("2026-03-02"), DeadlinePeriod.Days(10));

        Assert.Equal(fixture.Database.Calendar.Version, deadline.CalendarVersion);
    }

    [Theory]
    [InlineData(0, DeadlineUnit.Day)]
    [InlineData(-3, DeadlineUnit.WorkingDay)]
    public void A_period_without_a_positive_count_is_refused(int count, DeadlineUnit unit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadlines.Compute(D("2026-03-02"), new DeadlinePeriod(count, unit)));
    }
}
