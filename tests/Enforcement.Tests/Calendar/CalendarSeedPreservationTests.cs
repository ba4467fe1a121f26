using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Enforcement.Tests.Support;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Calendar;

/// <summary>The seed is applied once per row: administrators' edits and deletions survive every later start.</summary>
public sealed class CalendarSeedPreservationTests
{
    [Fact]
    public async Task A_seed_row_an_administrator_deleted_is_not_inserted_again_at_the_next_start()
    {
        await using var database = await CalendarDatabase.CreateAsync();
        var culture = await database.DayAsync(D("2026-11-24"));
        await database.Service.DeleteAsync(culture.Id, "admin");

        var inserted = await new ThadsDatabaseInitializer(database.Factory, database.Seeder).InitializeAsync();

        Assert.Equal(0, inserted);
        Assert.Null(await database.FindDayAsync(D("2026-11-24")));
    }

    [Fact]
    public async Task A_seed_row_an_administrator_edited_keeps_the_edit_at_the_next_start()
    {
        await using var database = await CalendarDatabase.CreateAsync();
        var tet = await database.DayAsync(D("2027-02-04"));
        var confirmed = new CalendarDayInput(tet.Date, tet.Kind, "Tết Nguyên đán Đinh Mùi", "Thông báo của Bộ Nội vụ", tet.Source, CalendarConfirmation.Confirmed);
        await database.Service.UpdateAsync(tet.Id, confirmed, "admin");

        await database.Seeder.SeedAsync();

        var after = await database.DayAsync(D("2027-02-04"));
        Assert.Equal(CalendarConfirmation.Confirmed, after.Confirmation);
        Assert.Equal("Tết Nguyên đán Đinh Mùi", after.Occasion);
        Assert.Equal("admin", after.UpdatedBy);
    }

    [Fact]
    public async Task A_row_an_administrator_stored_before_the_seed_reached_that_date_is_kept_and_not_duplicated()
    {
        await using var database = CalendarDatabase.CreateEmpty();
        await using (var db = database.Factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        var own = new CalendarDayInput(D("2026-01-02"), CalendarDayKind.Holiday, "Ngày nghỉ riêng", "Quyết định của cơ quan", null, CalendarConfirmation.Confirmed);
        await database.Service.AddAsync(own, "admin");

        var inserted = await database.Seeder.SeedAsync();

        Assert.Equal(CalendarSeed.Days.Count - 1, inserted);
        var day = await database.DayAsync(D("2026-01-02"));
        Assert.Equal("Ngày nghỉ riêng", day.Occasion);
    }
}
