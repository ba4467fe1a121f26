using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Calendar;

/// <summary>
/// Inserts the rows of <see cref="CalendarSeed"/> that were never applied. A start-up step rather than EF
/// <c>HasData</c>: HasData ties the rows to migrations, and a later migration that corrects a seed row would
/// overwrite an administrator's edit of it, while a deleted row could not be told from a missing one. Here each
/// seed row is applied once (recorded in <c>thads_seed_history</c>), skipped when the date already has a row, and
/// never touched again: administrators' edits and deletions stand.
/// </summary>
public sealed class CalendarSeeder(IDbContextFactory<ThadsDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The <see cref="CalendarDay.CreatedBy"/> of seeded rows.</summary>
    public const string Actor = "seed";

    public static string KeyOf(DateOnly date) => "calendar:" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <returns>How many rows were inserted.</returns>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await SeedOnceAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process (the web application and a CLI command started together) seeded at the same moment
            // and won the unique keys; what is left to do is read again.
            return await SeedOnceAsync(cancellationToken);
        }
    }

    private async Task<int> SeedOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var applied = (await db.SeedHistory.AsNoTracking().Select(entry => entry.Key).ToListAsync(cancellationToken)).ToHashSet();
        var taken = (await db.CalendarDays.AsNoTracking().Select(day => day.Date).ToListAsync(cancellationToken)).ToHashSet();
        var now = time.GetUtcNow();
        var inserted = 0;
        foreach (var seed in CalendarSeed.Days)
        {
            var key = KeyOf(seed.Date);
            if (applied.Contains(key))
            {
                continue;
            }

            var insert = !taken.Contains(seed.Date);
            if (insert)
            {
                db.CalendarDays.Add(new CalendarDay
                {
                    Date = seed.Date,
                    Kind = seed.Kind,
                    Occasion = seed.Occasion,
                    LegalBasis = seed.LegalBasis,
                    Source = seed.Source,
                    Confirmation = seed.Confirmation,
                    CreatedAt = now,
                    CreatedBy = Actor,
                    UpdatedAt = now,
                    UpdatedBy = Actor,
                });
                inserted++;
            }

            db.SeedHistory.Add(new SeedHistoryEntry { Key = key, AppliedAt = now, Inserted = insert });
        }

        await db.SaveChangesAsync(cancellationToken);
        return inserted;
    }
}
