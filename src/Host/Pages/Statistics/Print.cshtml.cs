using Microsoft.AspNetCore.Authorization;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Engine;
using Thads.Host.Statistics;

namespace Thads.Host.Pages.Statistics;

/// <summary>The report as a printable page in the official layout (A4 landscape print stylesheet, no site chrome).</summary>
[Authorize(Policy = StatisticsPolicies.Reader)]
public sealed class PrintModel(StatisticsAccess access, TimeProvider time, StatisticsReports reports) : StatisticsPageModel(access, time)
{
    public StatisticsReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return;
        }

        try
        {
            Report = (await reports.GetAsync(FormKind, ReportQuery!, cancellationToken)).Report;
        }
        catch (StatisticsRequestException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
