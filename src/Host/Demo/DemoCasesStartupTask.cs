using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Host.Accounts;
using Thads.Host.Startup;

namespace Thads.Host.Demo;

/// <summary>
/// First run: on an empty database (no unit yet) with <c>Demo:Seed</c> and <c>Demo:Cases</c> on, creates the demo
/// organisation, the extra demo staff and about 50 cases in every state, through the case service and the workflow
/// engine. Runs before the scheduler starts (nothing else moves timers meanwhile) and before the demo accounts, so
/// that the extra staff get accounts too. Recorded in the seed history first, so it never runs twice; a failure is
/// logged and leaves the application running without (all of) the demo cases.
/// </summary>
internal sealed class DemoCasesStartupTask(
    IServiceProvider services,
    IDbContextFactory<ThadsDbContext> contexts,
    IOptions<DemoOptions> demo,
    IOptions<DemoCasesOptions> options,
    TimeProvider time,
    ILogger<DemoCasesStartupTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.Seed || !options.Value.Cases)
        {
            return;
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.SeedHistory.AnyAsync(e => e.Key == DemoCasesSeeder.SeedKey, cancellationToken) || await db.Units.AnyAsync(cancellationToken))
            {
                return;
            }

            db.SeedHistory.Add(new SeedHistoryEntry { Key = DemoCasesSeeder.SeedKey, AppliedAt = time.GetUtcNow(), Inserted = true });
            await db.SaveChangesAsync(cancellationToken);
        }

        var now = time.GetUtcNow().ToOffset(VietnamTime.Offset);
        try
        {
            var plan = DemoCasePlanner.Standard(DateOnly.FromDateTime(now.DateTime), options.Value.CasesSeed);
            var result = await new DemoCasesSeeder(services).SeedAsync(plan, now, cancellationToken);
            logger.LogInformation(
                "Demo cases: {Cases} cases ({Planned} planned, {States} states, {Steps} steps) created in {Elapsed} ms",
                result.CasesCreated, result.Cases.Count, result.Cases.Select(c => c.Spec.State).Distinct().Count(), result.Steps, (long)result.Elapsed.TotalMilliseconds);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Demo data is a convenience: the application must still start for the newcomer, who sees why in the log.
            logger.LogError(failure, "Demo cases were not (all) created: {Reason}", failure.Message);
        }
    }
}
