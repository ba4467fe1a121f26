using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Export;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>
/// The reports as users get them: a unit's report for a closed period is its stored snapshot (the same bytes every
/// time, whatever changed later); anything else is computed now by <see cref="ReportEngine"/>.
/// </summary>
public sealed class StatisticsReports(IDbContextFactory<ThadsDbContext> contexts, ReportEngine engine)
{
    public async Task<ReportResult> GetAsync(FormKind form, ReportRequest request, CancellationToken cancellationToken = default)
    {
        if (request.ExecutorId is null && request.Grouping == RowGrouping.Auto)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
            var unit = string.IsNullOrWhiteSpace(request.UnitCode) ? (tree.Roots.Count == 1 ? tree.Roots[0] : null) : tree.Find(request.UnitCode);
            if (unit is not null)
            {
                var closing = await db.Set<PeriodClosing>().AsNoTracking()
                    .FirstOrDefaultAsync(c => c.UnitId == unit.Id && c.Year == request.Period.Year && c.Month == request.Period.Month, cancellationToken);
                if (closing is not null)
                {
                    var bytes = form == FormKind.Cases ? closing.CasesSnapshot : closing.MoneySnapshot;
                    return new ReportResult(ReportJson.Read(bytes), bytes, FromClosedSnapshot: true);
                }
            }
        }

        var report = await engine.RunAsync(form, request, cancellationToken);
        return new ReportResult(report, ReportJson.Write(report), FromClosedSnapshot: false);
    }
}
