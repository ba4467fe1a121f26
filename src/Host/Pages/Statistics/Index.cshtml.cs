using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Engine;
using Thads.Host.Accounts;
using Thads.Host.Statistics;

namespace Thads.Host.Pages.Statistics;

/// <summary>
/// Biểu 06/TK-THA and 07/TK-THA on screen: every figure links to the cases behind it; exports; the print view; and,
/// for leaders, closing the period (chốt số liệu). A closed period shows its stored snapshot and the adjustments
/// that reached into it.
/// </summary>
[Authorize(Policy = StatisticsPolicies.Reader)]
public sealed class IndexModel(
    StatisticsAccess access, TimeProvider time, StatisticsReports reports, PeriodClosingService closings, IDbContextFactory<ThadsDbContext> contexts)
    : StatisticsPageModel(access, time)
{
    public ReportResult? Result { get; private set; }

    public IReadOnlyList<StatAdjustment> Adjustments { get; private set; } = [];

    public bool MayClose { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return;
        }

        try
        {
            Result = await reports.GetAsync(FormKind, ReportQuery!, cancellationToken);
        }
        catch (StatisticsRequestException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
        if (tree.Find(Unit!) is { } unit)
        {
            Adjustments = await closings.AdjustmentsAsync(tree.SubtreeOf(unit.Id), ReportQuery!.Period, cancellationToken);
        }

        var user = ThadsUser.From(User);
        MayClose = ReportQuery!.ExecutorId is null && !Result.FromClosedSnapshot && user is not null
            && (user.Has(Thads.Enforcement.Organisation.StaffRoles.Head) || user.Has(Thads.Enforcement.Organisation.StaffRoles.Deputy));
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        var decision = await Access.ForClosingAsync(User, Unit, cancellationToken);
        if (!decision.Allowed)
        {
            return StatusCode(decision.Status);
        }

        if (!ReportPeriod.TryParse(To, out var period))
        {
            return BadRequest();
        }

        try
        {
            await closings.CloseAsync(decision.UnitCode!, period, ThadsUser.From(User)!.UserName, cancellationToken);
            Message = $"Đã chốt số liệu {period.Label} của đơn vị {decision.UnitCode}.";
        }
        catch (StatisticsRequestException e)
        {
            Message = e.Message;
        }

        return Redirect("/Statistics?" + Query());
    }
}
