using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Live;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>
/// Explains a cell: the same scan and the same classification as the report, keeping the cases whose own
/// contribution to that column is not zero. Because every column is a sum of per-case contributions (derived columns
/// by the same formulas), the listed values always add up to the cell.
/// </summary>
public sealed class DrillDown(IDbContextFactory<ThadsDbContext> contexts, LiveFactProjector projector)
{
    public const int MaxPageSize = 1000;

    /// <exception cref="StatisticsRequestException">Unknown column or row, or the rate column.</exception>
    public async Task<DrillDownResult> ListAsync(
        FormKind form, ReportRequest request, string rowKey, string columnNumber, int page = 1, int pageSize = 200, CancellationToken cancellationToken = default)
    {
        await projector.RefreshAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var context = await ReportContext.LoadAsync(db, request, cancellationToken);
        var definition = form == FormKind.Cases ? context.CasesForm : context.MoneyForm;
        var column = definition.Columns.FirstOrDefault(c => c.Number == columnNumber)
            ?? throw new StatisticsRequestException("column", $"Biểu {definition.FormNumber} không có cột {columnNumber}.");
        if (column.Measure == Measure.Rate)
        {
            throw new StatisticsRequestException("column", "Cột tỷ lệ là phép chia: xem danh sách việc của cột có điều kiện và cột thi hành xong.");
        }

        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var unitCodes = context.Tree.All.ToDictionary(u => u.Id, u => u.Code);
        var items = new List<DrillDownItem>();
        var count = 0;
        decimal sum = 0;
        long sumVnd = 0;
        string? rowLabel = rowKey == RowPlan.TotalKey ? "Tổng cộng" : null;
        var contribution = new CaseContribution();
        var connection = await ReportEngine.OpenAsync(db, cancellationToken);
        await FactScanner.ScanAsync(connection, request.Period, context.Plan.UnitIds, request.ExecutorId, detailed: true, fact =>
        {
            var row = context.Plan.RowOf(fact.UnitId, fact.ExecutorId);
            if (row < 0 || (rowKey != RowPlan.TotalKey && context.Plan.Rows[row].Key != rowKey))
            {
                return;
            }

            rowLabel ??= context.Plan.Rows[row].Label;
            if (!CaseClassifier.Classify(fact.AcceptedOn, fact.Amount, fact.Events, request.Period, context.CasesForm, contribution))
            {
                return;
            }

            var leaves = form == FormKind.Cases ? contribution.Cases : contribution.MoneyThousands;
            var value = new FormValues((long[])leaves.Clone()).Value(column.Measure) ?? 0;
            if (value == 0)
            {
                return;
            }

            var vnd = form == FormKind.Money ? (long)(new FormValues((long[])contribution.MoneyVnd.Clone()).Value(column.Measure) ?? 0) : 0;
            count++;
            sum += value;
            sumVnd += vnd;
            if (count > (page - 1) * pageSize && items.Count < pageSize)
            {
                items.Add(new DrillDownItem(fact.Id, fact.CaseNumber!, unitCodes.GetValueOrDefault(fact.UnitId, "?"), fact.Source, fact.LiveCaseId,
                    fact.SourceLine, fact.AcceptedOn, value, vnd));
            }
        }, cancellationToken);

        if (rowLabel is null && context.Plan.IndexOfKey(rowKey) is var index && index >= 0)
        {
            rowLabel = context.Plan.Rows[index].Label;
        }

        return new DrillDownResult(definition, request.Period, column, rowKey, rowLabel ?? rowKey, count, sum, sumVnd, items, page, pageSize);
    }
}
