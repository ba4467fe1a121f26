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

        var (caseRows, moneyRows) = context.Plan.IsReadOnlyWhileScanning && request.ExecutorId is null
            ? await ScanInParallelAsync(context, request, cancellationToken)
            : await ScanAsync(db, context, request, context.Plan.UnitIds, cancellationToken);

        return new ReportPair(
            Build(casesForm, request, context, caseRows),
            Build(moneyForm, request, context, moneyRows));
    }

    /// <summary>
    /// Unit rows: the units are split into contiguous halves (facts are stored by unit) scanned at the same time on
    /// their own connections, then added up; a national report then uses both cores.
    /// </summary>
    private async Task<(List<FormValues> Cases, List<FormValues> Money)> ScanInParallelAsync(ReportContext context, ReportRequest request, CancellationToken cancellationToken)
    {
        var units = (context.Plan.UnitIds ?? context.Tree.All.Select(u => u.Id).ToHashSet()).Order().ToList();
        var parts = Math.Clamp(Environment.ProcessorCount, 1, 4);
        if (units.Count < 2 * parts)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await ScanAsync(db, context, request, context.Plan.UnitIds, cancellationToken);
        }

        var size = (units.Count + parts - 1) / parts;
        var results = await Task.WhenAll(Enumerable.Range(0, parts).Select(part => Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await ScanAsync(db, context, request, units.Skip(part * size).Take(size).ToHashSet(), cancellationToken);
        }, cancellationToken)));
        var cases = new List<FormValues>();
        var money = new List<FormValues>();
        foreach (var (partCases, partMoney) in results)
        {
            for (var row = 0; row < partCases.Count; row++)
            {
                while (cases.Count <= row)
                {
                    cases.Add(new FormValues());
                    money.Add(new FormValues());
                }

                cases[row].Add(partCases[row]);
                money[row].Add(partMoney[row]);
            }
        }

        return (cases, money);
    }

    private static async Task<(List<FormValues> Cases, List<FormValues> Money)> ScanAsync(
        ThadsDbContext db, ReportContext context, ReportRequest request, IReadOnlySet<int>? unitIds, CancellationToken cancellationToken)
    {
        var caseRows = new List<FormValues>();
        var moneyRows = new List<FormValues>();
        var contribution = new CaseContribution();
        var connection = await OpenAsync(db, cancellationToken);
        await FactScanner.ScanAsync(connection, request.Period, unitIds, request.ExecutorId, detailed: false, fact =>
        {
            var row = context.Plan.RowOf(fact.UnitId, fact.ExecutorId);
            if (row < 0 || !CaseClassifier.Classify(fact.AcceptedOn, fact.Amount, fact.Events, request.Period, context.CasesForm, contribution))
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
        return (caseRows, moneyRows);
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
            .Where(row => !(row.Kind == RowKind.Office && context.Plan.HideEmptyOffice && row.Values.Leaves.All(v => v == 0)))
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
