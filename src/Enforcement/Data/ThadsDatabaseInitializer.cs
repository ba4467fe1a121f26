using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Data;

/// <summary>
/// Brings the application database up to date: applies the migrations, then inserts the seed rows not applied
/// before. Idempotent; the web application runs it at start-up and the CLI before its first query.
/// </summary>
public sealed class ThadsDatabaseInitializer(IDbContextFactory<ThadsDbContext> dbFactory, CalendarSeeder calendarSeeder)
{
    /// <returns>How many seed rows were inserted.</returns>
    public async Task<int> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        return await calendarSeeder.SeedAsync(cancellationToken);
    }
}
