using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Engine;
using Thads.Host.Statistics;

namespace Thads.Host.Pages.Statistics;

/// <summary>The cases behind one figure of a report (and, in the money form, each case's amount), 200 a page.</summary>
[Authorize(Policy = StatisticsPolicies.Reader)]
public sealed class CellModel(StatisticsAccess access, TimeProvider time, DrillDown drillDown) : StatisticsPageModel(access, time)
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true, Name = "row")]
    public string? Row { get; set; }

    [BindProperty(SupportsGet = true, Name = "column")]
    public string? Column { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public DrillDownResult? Result { get; private set; }

    public int PageCount => Result is null ? 1 : Math.Max(1, (Result.Count + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Row) || string.IsNullOrWhiteSpace(Column))
        {
            Problem = "Thiếu dòng hoặc cột của ô cần xem.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        try
        {
            Result = await drillDown.ListAsync(FormKind, ReportQuery!, Row, Column, PageNumber, PageSize, cancellationToken);
        }
        catch (StatisticsRequestException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
