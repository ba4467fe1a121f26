using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Facts;
using Thads.Enforcement.Statistics.Live;

namespace Thads.Enforcement.Statistics.Dashboard;

/// <summary>
/// The statistician's and leader's overview of a unit for a period: completion rate and conditions per row unit, the
/// month-by-month trend of the statistical year (one scan classifying each case for every month), and data-entry
/// timeliness per row unit from the live case tables.
/// </summary>
public sealed class StatisticsDashboard(IDbContextFactory<ThadsDbContext> contexts, LiveFactProjector projector, ReportEngine engine)
{
    public async Task<DashboardData> ComputeAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        var report = (await engine.RunAsync(request, cancellationToken)).Cases;
        var units = report.RowsWithTotal
            .Select(r => new UnitFigures(r.Key, r.Label, r.Values.WithConditions, r.Values[Leaf.NoConditions], r.Values.Done, r.Values.Rate))
            .ToList();
        await projector.RefreshAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var context = await ReportContext.LoadAsync(db, request, cancellationToken);
        var trend = await TrendAsync(db, context, request, cancellationToken);
        var timeliness = await TimelinessAsync(db, context, request, cancellationToken);
        return new DashboardData(request.Period, report.Scope.UnitName, units, trend, timeliness);
    }

    private static async Task<List<MonthFigures>> TrendAsync(ThadsDbContext db, ReportContext context, ReportRequest request, CancellationToken cancellationToken)
    {
        var months = Enumerable.Range(0, request.Period.Months)
            .Select(i => ReportPeriod.EndingIn(request.Period.From.AddMonths(i).Year, request.Period.From.AddMonths(i).Month))
            .ToList();
        var totals = months.Select(_ => new FormValues()).ToList();
        var contribution = new CaseContribution();
        var connection = await ReportEngine.OpenAsync(db, cancellationToken);
        await FactScanner.ScanAsync(connection, request.Period, context.Plan.UnitIds, request.ExecutorId, detailed: false, fact =>
        {
            if (context.Plan.RowOf(fact.UnitId, fact.ExecutorId) < 0)
            {
                return;
            }

            for (var i = 0; i < months.Count; i++)
            {
                if (CaseClassifier.Classify(fact.AcceptedOn, fact.Amount, fact.Events, months[i], context.CasesForm, contribution))
                {
                    totals[i].Add(contribution.Cases);
                }
            }
        }, cancellationToken);
        return months.Select((m, i) => new MonthFigures(m.Key, totals[i][Leaf.New], totals[i].Done, totals[i].WithConditions, totals[i][Leaf.NoConditions], totals[i].Rate)).ToList();
    }

    private static async Task<List<EntryTimeliness>> TimelinessAsync(ThadsDbContext db, ReportContext context, ReportRequest request, CancellationToken cancellationToken)
    {
        var (from, to) = (request.Period.From, request.Period.To);
        var status = await db.StatusChanges.AsNoTracking().Where(s => s.On >= from && s.On <= to)
            .Join(db.Cases, s => s.CaseId, c => c.Id, (s, c) => new { c.UnitId, c.ExecutorId, s.On, At = s.ChangedAt }).ToListAsync(cancellationToken);
        var money = await db.MoneyEntries.AsNoTracking().Where(m => m.On >= from && m.On <= to)
            .Join(db.Cases, m => m.CaseId, c => c.Id, (m, c) => new { c.UnitId, c.ExecutorId, m.On, At = m.RecordedAt }).ToListAsync(cancellationToken);
        var verifications = await db.Verifications.AsNoTracking().Where(v => v.VerifiedOn >= from && v.VerifiedOn <= to)
            .Join(db.Cases, v => v.CaseId, c => c.Id, (v, c) => new { c.UnitId, c.ExecutorId, On = v.VerifiedOn, At = v.RecordedAt }).ToListAsync(cancellationToken);
        var events = status.Concat(money).Concat(verifications)
            .Select(e => (Row: context.Plan.RowOf(e.UnitId, e.ExecutorId), e.On, Entered: VietnamTime.DateOf(e.At)))
            .Where(e => e.Row >= 0)
            .ToList();
        return context.Plan.Rows.Select((row, index) =>
        {
            var mine = events.Where(e => e.Row == index).ToList();
            if (mine.Count == 0)
            {
                return new EntryTimeliness(row.Key, row.Label, 0, 0, 0, 0, 0);
            }

            var delays = mine.Select(e => Math.Max(0, e.Entered.DayNumber - e.On.DayNumber)).ToList();
            return new EntryTimeliness(row.Key, row.Label, mine.Count, delays.Average(),
                delays.Count(d => d == 0) / (double)mine.Count,
                delays.Count(d => d > EntryTimeliness.LateAfterDays) / (double)mine.Count,
                mine.Count(e => e.Entered.Day > DateTime.DaysInMonth(e.Entered.Year, e.Entered.Month) - 3) / (double)mine.Count);
        }).ToList();
    }
}
