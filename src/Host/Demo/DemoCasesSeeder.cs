using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;

namespace Thads.Host.Demo;

/// <summary>
/// Writes the demo cases' history: every planned step of every case, in the order of their times, on one
/// <see cref="DemoWorld"/> whose clock walks from the oldest step to now, firing the engine's timers on the way. Fails
/// on the first refused step, naming the case and the step.
/// </summary>
public sealed class DemoCasesSeeder(IServiceProvider services)
{
    public const string SeedKey = "demo:cases";

    /// <summary>Where the clock starts: before any demo history, after the 2015 rule table starts.</summary>
    private static readonly DateTimeOffset Origin = new(2015, 7, 1, 0, 0, 0, TimeSpan.FromHours(7));

    public async Task<DemoSeedResult> SeedAsync(IReadOnlyList<DemoCaseSpec> plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var contexts = services.GetRequiredService<IDbContextFactory<ThadsDbContext>>();
        await DemoOrganisation.SeedAsync(contexts, cancellationToken);
        await DemoStaff.SeedAsync(contexts, cancellationToken);
        var casesBefore = await CountCasesAsync(contexts, cancellationToken);

        var world = DemoWorld.Create(services, Origin);
        var driver = new DemoCaseDriver(world);
        var scripts = new DemoCaseScripts(world, driver, now);
        var runs = plan.Select(spec => new DemoCaseRun(spec)).ToList();
        var steps = runs.SelectMany(scripts.For).ToList();
        var leaving = runs.Where(r => r.Spec.State == DemoCaseState.HandoverPending).ToList();
        if (leaving.Count > 0)
        {
            var handover = new DemoHandover(world, $"BG-{scripts.LastDay.Year}-001");
            steps.Add(scripts.Handover(leaving, leaving.Min(r => r.Spec.Lag), handover));
        }

        var ordered = steps.OrderBy(s => s.At).ToList();
        foreach (var step in ordered)
        {
            if (step.At > now)
            {
                throw new InvalidOperationException($"Demo case {step.Case}: the step '{step.What}' would be at {step.At:yyyy-MM-dd HH:mm}, after now.");
            }

            await world.AdvanceToAsync(step.At, cancellationToken);
            try
            {
                await step.Run(cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                throw new InvalidOperationException($"Demo case {step.Case}, step '{step.What}' at {step.At:yyyy-MM-dd HH:mm}: {failure.Message}", failure);
            }
        }

        await world.AdvanceToAsync(now, cancellationToken);
        var created = await CountCasesAsync(contexts, cancellationToken) - casesBefore;
        return new DemoSeedResult(runs.Select(r => (r.Spec, r.CaseId)).ToList(), created, ordered.Count, stopwatch.Elapsed);
    }

    private static async Task<int> CountCasesAsync(IDbContextFactory<ThadsDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.CountAsync(cancellationToken);
    }
}
