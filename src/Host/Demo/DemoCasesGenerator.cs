using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Host.Database;

namespace Thads.Host.Demo;

/// <summary>
/// Demo cases in any number, for benchmarks: the standard demo set through the case service and the engine when the
/// database does not have it yet, then as many copies of its self-contained cases as still wanted (the bulk path).
/// </summary>
public sealed class DemoCasesGenerator(IServiceProvider services)
{
    public async Task<DemoGenerationResult> GenerateAsync(int count, int seed, int casesPerExecutor, TextWriter progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(VietnamTime.Offset);
        var contexts = services.GetRequiredService<IDbContextFactory<ThadsDbContext>>();
        await DemoWorld.Create(services, now).PrepareEngineAsync(cancellationToken);

        var seeded = 0;
        var seedTime = TimeSpan.Zero;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.SeedHistory.AnyAsync(e => e.Key == DemoCasesSeeder.SeedKey, cancellationToken))
            {
                db.SeedHistory.Add(new SeedHistoryEntry { Key = DemoCasesSeeder.SeedKey, AppliedAt = now, Inserted = true });
                await db.SaveChangesAsync(cancellationToken);
                var plan = DemoCasePlanner.Standard(DateOnly.FromDateTime(now.DateTime), seed);
                var result = await new DemoCasesSeeder(services).SeedAsync(plan.Take(count).ToList(), now, cancellationToken);
                seeded = result.CasesCreated;
                seedTime = result.Elapsed;
                progress.WriteLine($"{seeded} demo cases driven through the case service and the workflow engine in {result.Elapsed.TotalSeconds:F1} s");
            }
        }

        var copied = 0;
        if (seeded < count)
        {
            var database = new DemoDatabase(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString);
            copied = await new DemoCaseCloner(database, progress).CloneAsync(count - seeded, seed, casesPerExecutor, now, cancellationToken);
        }

        return new DemoGenerationResult(seeded, copied, seedTime, stopwatch.Elapsed);
    }
}
