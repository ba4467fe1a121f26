using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Organisation;
using Thads.Enforcement.Statistics.Definitions;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>Everything a report or a drill-down resolves before scanning: the forms in force, the scope and its rows.</summary>
internal sealed class ReportContext
{
    public required ReportDefinition CasesForm { get; init; }

    public required ReportDefinition MoneyForm { get; init; }

    public required ReportScope Scope { get; init; }

    public required RowPlan Plan { get; init; }

    public required StatUnitTree Tree { get; init; }

    public static async Task<ReportContext> LoadAsync(ThadsDbContext db, ReportRequest request, CancellationToken cancellationToken)
    {
        ReportDefinition casesForm, moneyForm;
        try
        {
            casesForm = ReportDefinitions.For(FormKind.Cases, request.Period.To);
            moneyForm = ReportDefinitions.For(FormKind.Money, request.Period.To);
        }
        catch (LegalDateOutOfRangeException)
        {
            throw new StatisticsRequestException("to", $"Không có chế độ báo cáo thống kê nào áp dụng cho kỳ đến {request.Period.Key}.");
        }

        var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
        StatUnit? unit = null;
        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            unit = tree.Find(request.UnitCode) ?? throw new StatisticsRequestException("unit", $"Không có đơn vị mã '{request.UnitCode.Trim()}'.");
        }

        // One root (the General Department): the national report is that unit's report.
        if (unit is null && tree.Roots.Count == 1)
        {
            unit = tree.Roots[0];
        }

        string? executorName = null;
        if (request.ExecutorId is { } executorId)
        {
            var executor = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == executorId, cancellationToken)
                ?? throw new StatisticsRequestException("executor", $"Không có cán bộ mã {executorId}.");
            executorName = executor.FullName;
        }

        var names = await db.Staff.AsNoTracking()
            .Where(s => (s.Roles & StaffRoles.Executor) != 0 || s.Id == request.ExecutorId)
            .Select(s => new { s.Id, s.FullName, s.UserName })
            .ToDictionaryAsync(s => s.Id, s => $"{s.FullName} ({s.UserName})", cancellationToken);
        var grouping = request.ExecutorId is null ? request.Grouping : RowGrouping.Executors;
        return new ReportContext
        {
            CasesForm = casesForm,
            MoneyForm = moneyForm,
            Tree = tree,
            Plan = RowPlan.Create(tree, unit, grouping, names),
            Scope = new ReportScope(unit?.Code, unit?.Name ?? "Toàn quốc", request.ExecutorId, executorName, grouping),
        };
    }
}
