using System.Security.Claims;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;
using Thads.Enforcement.Statistics;
using Thads.Host.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Thads.Host.Statistics;

/// <summary>
/// The unit rule of the statistics, on top of the role policies: a report is of a unit in the user's subtree
/// (<see cref="UnitScope"/>; the national report needs the General Department's staff); without a unit, the user's own
/// unit. An executor with no other role sees only the report of their own cases. Closing needs a leader in scope.
/// </summary>
public sealed class StatisticsAccess(UnitScope scope, IDbContextFactory<ThadsDbContext> contexts)
{
    public async Task<StatisticsAccessResult> ForReportAsync(ClaimsPrincipal principal, string? unitCode, int? executorId, CancellationToken cancellationToken)
    {
        if (ThadsUser.From(principal) is not { } user)
        {
            return Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị.");
        }

        var statistician = user.Has(StaffRoles.Statistician) || user.Has(StaffRoles.Head) || user.Has(StaffRoles.Deputy);
        if (!statistician)
        {
            if (!user.Has(StaffRoles.Executor))
            {
                return Forbidden("Chỉ công chức thống kê, lãnh đạo và chấp hành viên (số liệu của mình) được xem báo cáo thống kê.");
            }

            if (executorId is not null && executorId != user.StaffId)
            {
                return Forbidden("Chấp hành viên chỉ xem được số liệu của chính mình.");
            }

            executorId = user.StaffId;
        }

        var code = string.IsNullOrWhiteSpace(unitCode) ? user.UnitCode : unitCode.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
        if (tree.Find(code) is not { } unit)
        {
            return new StatisticsAccessResult(null, null, StatusCodes.Status404NotFound, $"Không có đơn vị mã '{code}'.");
        }

        if (!await scope.MayAccessUnitAsync(principal, unit.Id, cancellationToken))
        {
            return Forbidden($"Đơn vị {unit.Code} nằm ngoài phạm vi của bạn.");
        }

        return new StatisticsAccessResult(unit.Code, executorId, StatusCodes.Status200OK, null);
    }

    public async Task<StatisticsAccessResult> ForClosingAsync(ClaimsPrincipal principal, string? unitCode, CancellationToken cancellationToken)
    {
        if (ThadsUser.From(principal) is not { } user || !(user.Has(StaffRoles.Head) || user.Has(StaffRoles.Deputy)))
        {
            return Forbidden("Chỉ Thủ trưởng hoặc Phó Thủ trưởng được chốt số liệu.");
        }

        var result = await ForReportAsync(principal, unitCode, null, cancellationToken);
        return result with { ExecutorId = null };
    }

    /// <summary>The units a user may pick, in code order: their subtree.</summary>
    public async Task<IReadOnlyList<StatUnit>> UnitsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var visible = await scope.VisibleUnitIdsAsync(principal, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
        return tree.All.Where(u => visible.Contains(u.Id)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
    }

    private static StatisticsAccessResult Forbidden(string problem) => new(null, null, StatusCodes.Status403Forbidden, problem);
}
