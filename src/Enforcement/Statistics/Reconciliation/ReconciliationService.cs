using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;

namespace Thads.Enforcement.Statistics.Reconciliation;

/// <summary>
/// The comparison table the General Department sends out (legacy.md, CV 2352): for each row unit of a report and each
/// indicator, the software's figure beside the traditional report's, and the difference. The total line compares with
/// the traditional figure of the reporting unit itself.
/// </summary>
public sealed class ReconciliationService(IDbContextFactory<ThadsDbContext> contexts, StatisticsReports reports)
{
    public async Task<IReadOnlyList<ReconciliationLine>> CompareAsync(FormKind form, ReportRequest request, CancellationToken cancellationToken = default)
    {
        var report = (await reports.GetAsync(form, request with { ExecutorId = null, Grouping = RowGrouping.Auto }, cancellationToken)).Report;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
        var figures = await db.Set<TraditionalFigure>().AsNoTracking()
            .Where(t => t.Year == request.Period.Year && t.Month == request.Period.Month && t.Form == form)
            .ToListAsync(cancellationToken);
        var byUnit = figures.ToLookup(f => f.UnitId);
        var lines = new List<ReconciliationLine>();
        foreach (var row in report.RowsWithTotal)
        {
            var unit = row.Kind switch
            {
                RowKind.Unit => tree.Find(row.Key),
                RowKind.Total or RowKind.Office => report.Scope.UnitCode is { } code ? tree.Find(code) : null,
                _ => null,
            };
            var traditional = unit is null || row.Kind == RowKind.Office ? [] : byUnit[unit.Id].ToDictionary(f => f.Indicator, f => f.Value);
            foreach (var code in TraditionalColumns.Indicators)
            {
                var measure = Indicators.All.First(i => i.Code == code).Measure;
                lines.Add(new ReconciliationLine(row.Key, row.Label, code, row.Values.Value(measure) ?? 0, traditional.TryGetValue(code, out var value) ? value : null));
            }
        }

        return lines;
    }
}
