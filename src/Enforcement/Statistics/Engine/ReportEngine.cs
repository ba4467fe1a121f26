using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Live;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>
/// Computes Biểu 06/TK-THA and 07/TK-THA for a unit's subtree (or every unit) and a cumulative period, in one scan
/// of the fact table after bringing the projection of live cases up to date. Each case is classified once
/// (<see cref="CaseClassifier"/>) and added to its row; the total row is the sum of the rows.
/// </summary>
public sealed class ReportEngine(IDbContextFactory<ThadsDbContext> contexts, LiveFactProjector projector)
{
    /// <summary>Both forms for the same scope and period (they come from the same scan).</summary>
    /// <exception cref="StatisticsRequestException">Unknown unit or executor, or a period before every regime encoded.</exception>
    public async Task<ReportPair> RunAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        await projector.RefreshAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var context = await ReportContext.LoadAsync(db, request, cancellationToken);
        var casesForm = context.CasesForm;
        var moneyForm = context.MoneyForm;

        var caseRows = new List<FormValues>();
        var moneyRows = new List<FormValues>();
        var contribution = new CaseContribution();
        var connection = await OpenAsync(db, cancellationToken);
        await FactScanner.ScanAsync(connection, request.Period, context.Plan.UnitIds, request.ExecutorId, detailed: false, fact =>
        {
            var row = context.Plan.RowOf(fact.UnitId, fact.ExecutorId);
            if (row < 0 || !CaseClassifier.Classify(fact.AcceptedOn, fact.Amount, fact.Events, request.Period, casesForm, contribution))
            {
                return;
            }

            while (caseRows.Count <= row)
            {
                caseRows.Add(new FormValues());
                moneyRows.Add(new FormValues());
            }

            caseRows[row].Add(contribution.Cases);
            moneyRows[row].Add(contribution.MoneyThousands);
        }, cancellationToken);

        return new ReportPair(
            Build(casesForm, request, context, caseRows),
            Build(moneyForm, request, context, moneyRows));
    }

    public async Task<StatisticsReport> RunAsync(FormKind form, ReportRequest request, CancellationToken cancellationToken = default) =>
        (await RunAsync(request, cancellationToken)).Of(form);

    internal static async Task<DbConnection> OpenAsync(ThadsDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        return connection;
    }

    private static StatisticsReport Build(ReportDefinition definition, ReportRequest request, ReportContext context, List<FormValues> values)
    {
        var rows = context.Plan.Rows
            .Select((row, index) => new ReportRow(row.Kind, row.Key, row.Label, index < values.Count ? values[index] : new FormValues()))
            .ToList();
        if (context.Plan.ByExecutor)
        {
            rows = rows.OrderBy(r => r.Kind == RowKind.Unassigned).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
        }

        var total = new FormValues();
        foreach (var row in rows)
        {
            total.Add(row.Values);
        }

        return new StatisticsReport
        {
            Definition = definition,
            Period = request.Period,
            Scope = context.Scope,
            Rows = rows,
            Total = new ReportRow(RowKind.Total, RowPlan.TotalKey, "Tổng cộng", total),
        };
    }
}
