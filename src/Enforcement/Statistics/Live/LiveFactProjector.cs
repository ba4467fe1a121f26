using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Live;

/// <summary>
/// Keeps the fact rows of live cases in step with the case tables. Every change to case data writes an audit row in
/// the same transaction (<see cref="Cases.Audit.CaseAuditor"/>), so the audit table is a complete, ordered change
/// feed: a refresh re-projects only the cases with audit rows after its cursor, then moves the cursor, in one
/// transaction. Reports call it first, so they always count live cases as of now; with nothing new it costs one
/// indexed query. Changes that reach into a closed period are frozen by <see cref="FactFreezer"/> and recorded as
/// <see cref="StatAdjustment"/>s.
/// </summary>
public sealed class LiveFactProjector(IDbContextFactory<ThadsDbContext> contexts, TimeProvider time)
{
    private const int Batch = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <returns>How many cases were re-projected.</returns>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var cursor = await db.Set<ProjectionCursor>().AsNoTracking()
                .Where(c => c.Name == ProjectionCursor.LiveCases).Select(c => (long?)c.Position).FirstOrDefaultAsync(cancellationToken) ?? 0;
            var latest = await db.Audit.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
            if (latest <= cursor)
            {
                return 0;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Re-read inside the write transaction: another process may have projected meanwhile.
            cursor = await db.Set<ProjectionCursor>().Where(c => c.Name == ProjectionCursor.LiveCases)
                .Select(c => (long?)c.Position).FirstOrDefaultAsync(cancellationToken) ?? 0;
            latest = await db.Audit.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
            var changes = await db.Audit.AsNoTracking()
                .Where(a => a.Id > cursor && a.Id <= latest && a.CaseId != null)
                .OrderBy(a => a.Id)
                .Select(a => new { CaseId = a.CaseId!.Value, a.Actor })
                .ToListAsync(cancellationToken);
            var actors = new Dictionary<int, string>();
            foreach (var change in changes)
            {
                actors[change.CaseId] = change.Actor;
            }

            var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
            var closings = await ClosingCalendar.LoadAsync(db, tree, cancellationToken);
            var ids = actors.Keys.Order().ToList();
            for (var start = 0; start < ids.Count; start += Batch)
            {
                await ProjectAsync(db, ids.Skip(start).Take(Batch).ToList(), actors, closings, cancellationToken);
            }

            var row = await db.Set<ProjectionCursor>().FirstOrDefaultAsync(c => c.Name == ProjectionCursor.LiveCases, cancellationToken);
            if (row is null)
            {
                db.Add(new ProjectionCursor { Name = ProjectionCursor.LiveCases, Position = latest });
            }
            else
            {
                row.Position = latest;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ids.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ProjectAsync(
        ThadsDbContext db, List<int> caseIds, Dictionary<int, string> actors, ClosingCalendar closings, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking()
            .Include(c => c.StatusChanges)
            .Include(c => c.MoneyEntries)
            .Include(c => c.Obligations)
            .AsSplitQuery()
            .Where(c => caseIds.Contains(c.Id))
            .ToListAsync(cancellationToken);
        var facts = await db.Set<StatisticalFact>().Where(f => f.LiveCaseId != null && caseIds.Contains(f.LiveCaseId.Value))
            .ToDictionaryAsync(f => f.LiveCaseId!.Value, cancellationToken);
        var now = time.GetUtcNow();
        var connection = db.Database.GetDbConnection();
        var ids = new FactIds(connection, db.Database.CurrentTransaction?.GetDbTransaction());
        foreach (var c in cases)
        {
            if (LiveCaseShape.Of(c) is not { } incoming)
            {
                continue;
            }

            if (!facts.TryGetValue(c.Id, out var fact))
            {
                // A case first kept in a register and now managed here takes the register line over.
                fact = await db.Set<StatisticalFact>().FirstOrDefaultAsync(f => f.UnitId == c.UnitId && f.CaseNumber == c.CaseNumber, cancellationToken);
                if (fact is null)
                {
                    fact = new StatisticalFact { Id = ids.Next(c.UnitId) };
                    db.Add(fact);
                }
            }

            var stored = db.Entry(fact).State == EntityState.Added ? null : new FactShape(fact.AcceptedOn, fact.Amount, Timeline.Decode(fact.Timeline));
            var frozen = FactFreezer.Freeze(stored, incoming, closings.ClosedThrough(c.UnitId));
            fact.Source = FactSource.Live;
            fact.LiveCaseId = c.Id;
            fact.ImportId = null;
            fact.SourceLine = null;
            fact.UnitId = c.UnitId;
            fact.ExecutorId = c.ExecutorId;
            fact.CaseNumber = c.CaseNumber;
            fact.AcceptanceKind = c.AcceptanceKind;
            fact.IntakePath = c.IntakePath;
            fact.JudgmentType = c.JudgmentType;
            fact.AcceptedOn = frozen.Shape.AcceptedOn;
            fact.Amount = frozen.Shape.Amount;
            fact.EndedOn = frozen.Shape.EndedOn;
            fact.Timeline = frozen.Shape.Timeline;
            fact.SourceVersion = c.Version;
            fact.UpdatedAt = now;
            if (frozen.Adjustment is { } description)
            {
                await db.SaveChangesAsync(cancellationToken);
                var closedThrough = closings.ClosedThrough(c.UnitId);
                db.Add(new StatAdjustment
                {
                    FactId = fact.Id,
                    UnitId = c.UnitId,
                    CaseNumber = c.CaseNumber,
                    ClosedThrough = closedThrough,
                    EffectiveOn = StatDate.NextDay(closedThrough),
                    Description = description,
                    At = now,
                    By = actors.GetValueOrDefault(c.Id) ?? "system",
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
