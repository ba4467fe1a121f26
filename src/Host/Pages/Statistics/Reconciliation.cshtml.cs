using Microsoft.AspNetCore.Authorization;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Reconciliation;
using Thads.Host.Statistics;

namespace Thads.Host.Pages.Statistics;

/// <summary>Software vs traditional report vs difference, per row unit and indicator (the General Department's comparison table).</summary>
[Authorize(Policy = StatisticsPolicies.Reader)]
public sealed class ReconciliationModel(StatisticsAccess access, TimeProvider time, ReconciliationService reconciliation) : StatisticsPageModel(access, time)
{
    public IReadOnlyList<ReconciliationLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return;
        }

        if (ReportQuery!.ExecutorId is not null)
        {
            Problem = "Đối chiếu theo đơn vị dành cho công chức thống kê và lãnh đạo.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        try
        {
            Lines = await reconciliation.CompareAsync(FormKind, ReportQuery with { Grouping = Thads.Enforcement.Statistics.Engine.RowGrouping.Auto }, cancellationToken);
        }
        catch (StatisticsRequestException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
