using Microsoft.AspNetCore.Authorization;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Dashboard;
using Thads.Host.Statistics;

namespace Thads.Host.Pages.Statistics;

/// <summary>Completion rate per unit, the year's monthly trend, with/without conditions, and data-entry timeliness.</summary>
[Authorize(Policy = StatisticsPolicies.Reader)]
public sealed class DashboardModel(StatisticsAccess access, TimeProvider time, StatisticsDashboard dashboard) : StatisticsPageModel(access, time)
{
    public DashboardData? Data { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return;
        }

        try
        {
            Data = await dashboard.ComputeAsync(ReportQuery!, cancellationToken);
        }
        catch (StatisticsRequestException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
