using Thads.Enforcement.Calendar;
using Thads.Enforcement.Tests.Support;
using Thads.Workflows.Runtime;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Calendar;

public sealed class WorkingDayCalendarTests(SeededCalendarFixture fixture) : IClassFixture<SeededCalendarFixture>
{
    private WorkingDayCalendar Calendar => fixture.Database.Calendar;

    [Theory]
    [InlineData("2026-03-06", 1, "2026-03-09")] // Friday + 1 skips the weekend
    [InlineData("2026-03-07", 1, "2026-03-09")] // counting from a Saturday starts on Monday
    [InlineData("2026-03-02", 5, "2026-03-09")] // a full week: Monday + 5 = next Monday
    [InlineData("2026-03-09", -1, "2026-03-06")] // backwards over the weekend
    [InlineData("2026-03-04", 0, "2026-03-04")]
    public void Adding_working_days_skips_the_weekend(string from, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), days));

    [Fact]
    public void Adding_one_working_day_on_the_eve_of_30_April_jumps_over_30_April_1_May_and_the_weekend()
    {
        // Wed 29/04/2026; Thu 30/04 and Fri 01/05 are holidays, then Saturday and Sunday.
        Assert.Equal(D("2026-05-04"), Calendar.AddWorkingDays(D("2026-04-29"), 1));
        Assert.Equal(D("2026-04-29"), Calendar.AddWorkingDays(D("2026-05-04"), -1));
    }

    [Fact]
    public void Friday_before_Tet_2026_plus_one_working_day_is_the_Monday_after_the_nine_day_break()
    {
        Assert.Equal(D("2026-02-23"), Calendar.AddWorkingDays(D("2026-02-13"), 1));
        Assert.Equal(D("2026-02-13"), Calendar.AddWorkingDays(D("2026-02-23"), -1));
        Assert.Equal(D("2026-02-27"), Calendar.AddWorkingDays(D("2026-02-13"), 5));
    }

    [Fact]
    public void A_swapped_Saturday_is_a_working_day_under_the_default_policy()
    {
        Assert.True(Calendar.IsWorkingDay(D("2026-01-10")));
        Assert.Equal(D("2026-01-10"), Calendar.AddWorkingDays(D("2026-01-09"), 1));
    }

    [Fact]
    public void A_swapped_Saturday_is_not_counted_when_the_policy_is_off()
    {
        var calendar = new WorkingDayCalendar(fixture.Database.Factory, new CalendarOptions { SwapWorkdayIsWorkingDay = false });

        Assert.False(calendar.IsWorkingDay(D("2026-01-10")));
        Assert.Equal(D("2026-01-12"), calendar.AddWorkingDays(D("2026-01-09"), 1));
    }

    [Fact]
    public void The_swapped_day_off_is_not_a_working_day_so_New_Year_2026_ends_on_Monday_5_January()
    {
        Assert.False(Calendar.IsWorkingDay(D("2026-01-02")));
        Assert.Equal(D("2026-01-05"), Calendar.AddWorkingDays(D("2025-12-31"), 1));
    }

    [Fact]
    public void A_pending_row_is_ignored_so_Vietnam_Culture_Day_2026_stays_a_working_day()
    {
        Assert.True(Calendar.IsWorkingDay(D("2026-11-24")));
        Assert.Equal(D("2026-11-24"), Calendar.AddWorkingDays(D("2026-11-23"), 1));
    }

    [Theory]
    [InlineData("2026-04-27", false)] // compensatory day for Giỗ Tổ
    [InlineData("2026-04-28", true)]
    [InlineData("2026-04-25", false)] // an ordinary Saturday
    [InlineData("2027-02-08", false)] // expected Tết 2027, unconfirmed but in force
    public void Is_working_day_follows_weekends_and_stored_days(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)));

    [Fact]
    public void Next_working_day_is_strictly_after_the_given_day()
    {
        Assert.Equal(D("2026-03-03"), Calendar.NextWorkingDay(D("2026-03-02")));
        Assert.Equal(D("2026-02-23"), Calendar.NextWorkingDay(D("2026-02-14")));
    }

    [Fact]
    public void The_engine_interface_keeps_the_time_of_day_and_the_offset()
    {
        IWorkingDayCalendar engineCalendar = Calendar;
        var friday = new DateTimeOffset(2026, 2, 13, 8, 30, 0, TimeSpan.FromHours(7));

        Assert.Equal(new DateTimeOffset(2026, 2, 23, 8, 30, 0, TimeSpan.FromHours(7)), engineCalendar.AddWorkingDays(friday, 1));
    }

    [Fact]
    public void The_engine_interface_counts_from_the_Vietnamese_date_of_a_UTC_moment()
    {
        IWorkingDayCalendar engineCalendar = Calendar;
        // 20:00 UTC on Thu 12/02 is 03:00 on Fri 13/02 in Vietnam, the last working day before Tết.
        var moment = new DateTimeOffset(2026, 2, 12, 20, 0, 0, TimeSpan.Zero);

        var due = engineCalendar.AddWorkingDays(moment, 1);

        Assert.Equal(new DateTimeOffset(2026, 2, 22, 20, 0, 0, TimeSpan.Zero), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void Questions_after_the_first_are_answered_from_the_same_snapshot()
    {
        var first = Calendar.Current;

        Calendar.AddWorkingDays(D("2026-01-01"), 250);

        Assert.Same(first, Calendar.Current);
    }

    [Fact]
    public async Task Readers_racing_invalidations_always_get_complete_answers()
    {
        var calendar = new WorkingDayCalendar(fixture.Database.Factory, new CalendarOptions());
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 200).Select(_ => calendar.AddWorkingDays(D("2026-02-13"), 1)).ToList()));
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                calendar.Invalidate();
            }
        });

        await writer;
        var answers = (await Task.WhenAll(readers)).SelectMany(results => results);

        Assert.All(answers, answer => Assert.Equal(D("2026-02-23"), answer));
        Assert.Equal(50, calendar.Version);
        Assert.Equal(50, calendar.Current.Version);
    }
}
