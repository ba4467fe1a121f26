using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Tests.Support;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Calendar;

public sealed class CalendarSeedTests(SeededCalendarFixture fixture) : IClassFixture<SeededCalendarFixture>
{
    private CalendarDatabase Database => fixture.Database;

    [Fact]
    public async Task Tet_Binh_Ngo_2026_is_stored_as_five_holidays_from_Monday_16_to_Friday_20_February()
    {
        var rows = await Database.Service.ListAsync(2026);

        var tet = rows.Where(day => day.Date >= D("2026-02-01") && day.Date <= D("2026-02-28")).ToList();

        Assert.Equal(
            [D("2026-02-16"), D("2026-02-17"), D("2026-02-18"), D("2026-02-19"), D("2026-02-20")],
            tet.Select(day => day.Date));
        Assert.All(tet, day =>
        {
            Assert.Equal(CalendarDayKind.Holiday, day.Kind);
            Assert.Equal(CalendarConfirmation.Confirmed, day.Confirmation);
            Assert.Contains("Tết Nguyên đán Bính Ngọ", day.Occasion);
            Assert.Contains("Điều 112", day.LegalBasis);
            Assert.Equal(CalendarSeeder.Actor, day.CreatedBy);
        });
    }

    [Fact]
    public async Task Gio_To_2026_on_a_Sunday_is_stored_as_a_compensatory_day_off_on_Monday_27_April()
    {
        var monday = await Database.DayAsync(D("2026-04-27"));

        Assert.Equal(CalendarDayKind.CompensatoryDayOff, monday.Kind);
        Assert.Contains("Điều 111 khoản 3", monday.LegalBasis);
        Assert.Null(await Database.FindDayAsync(D("2026-04-26")));
    }

    [Fact]
    public async Task New_Year_2026_swaps_Friday_2_January_off_for_Saturday_10_January_worked()
    {
        var friday = await Database.DayAsync(D("2026-01-02"));
        var saturday = await Database.DayAsync(D("2026-01-10"));

        Assert.Equal(CalendarDayKind.SwapDayOff, friday.Kind);
        Assert.Equal(CalendarDayKind.SwapWorkday, saturday.Kind);
        Assert.Contains("12729/VPCP-KGVX", friday.LegalBasis);
        Assert.Contains("12729/VPCP-KGVX", saturday.LegalBasis);
    }

    [Fact]
    public async Task The_2025_labour_day_swap_and_the_unconfirmed_2026_National_Day_swap_are_seeded()
    {
        Assert.Equal(CalendarDayKind.SwapDayOff, (await Database.DayAsync(D("2025-05-02"))).Kind);
        Assert.Equal(CalendarDayKind.SwapWorkday, (await Database.DayAsync(D("2025-04-26"))).Kind);

        var bridge = await Database.DayAsync(D("2026-08-31"));
        var worked = await Database.DayAsync(D("2026-08-22"));
        Assert.Equal((CalendarDayKind.SwapDayOff, CalendarConfirmation.Unconfirmed), (bridge.Kind, bridge.Confirmation));
        Assert.Equal((CalendarDayKind.SwapWorkday, CalendarConfirmation.Unconfirmed), (worked.Kind, worked.Confirmation));
    }

    [Fact]
    public async Task Vietnam_Culture_Day_2026_is_recorded_as_pending_and_unconfirmed()
    {
        var day = await Database.DayAsync(D("2026-11-24"));

        Assert.Equal(CalendarDayKind.Pending, day.Kind);
        Assert.Equal(CalendarConfirmation.Unconfirmed, day.Confirmation);
        Assert.Contains("80-NQ/TW", day.LegalBasis);
    }

    [Fact]
    public async Task Every_2027_row_is_unconfirmed_and_Tet_Dinh_Mui_is_an_expected_span_around_6_February()
    {
        var rows = await Database.Service.ListAsync(2027);

        Assert.NotEmpty(rows);
        Assert.All(rows, day => Assert.Equal(CalendarConfirmation.Unconfirmed, day.Confirmation));
        var tet = rows.Where(day => day.Occasion.Contains("Đinh Mùi", StringComparison.Ordinal)).Select(day => day.Date);
        Assert.Equal([D("2027-02-04"), D("2027-02-05"), D("2027-02-08"), D("2027-02-09"), D("2027-02-10")], tet);
        Assert.Equal(CalendarDayKind.CompensatoryDayOff, (await Database.DayAsync(D("2027-05-03"))).Kind);
        Assert.Equal(CalendarDayKind.Holiday, (await Database.DayAsync(D("2027-04-16"))).Kind);
    }

    [Fact]
    public async Task Seeded_2025_rows_match_the_announced_weekdays_off()
    {
        var daysOff = (await Database.Service.ListAsync(2025)).Where(day => day.Kind.IsDayOff()).Select(day => day.Date);

        Assert.Equal(
            [
                D("2025-01-01"),
                D("2025-01-27"), D("2025-01-28"), D("2025-01-29"), D("2025-01-30"), D("2025-01-31"),
                D("2025-04-07"), D("2025-04-30"), D("2025-05-01"), D("2025-05-02"),
                D("2025-09-01"), D("2025-09-02"),
            ],
            daysOff);
    }

    [Fact]
    public void Every_seed_row_passes_the_administrators_validation_and_has_a_source()
    {
        Assert.Equal(CalendarSeed.Days.Count, CalendarSeed.Days.Select(day => day.Date).Distinct().Count());
        Assert.All(CalendarSeed.Days, seed =>
        {
            Assert.Empty(CalendarDayValidator.Validate(seed, sameDate: null));
            Assert.False(string.IsNullOrWhiteSpace(seed.Source));
        });
    }

    [Fact]
    public async Task Seeding_again_inserts_nothing()
    {
        var inserted = await Database.Seeder.SeedAsync();

        Assert.Equal(0, inserted);
        await using var db = Database.Factory.CreateDbContext();
        Assert.Equal(CalendarSeed.Days.Count, await db.CalendarDays.CountAsync());
    }
}
