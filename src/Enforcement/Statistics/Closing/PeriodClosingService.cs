using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Export;
using Thads.Enforcement.Statistics.Live;

namespace Thads.Enforcement.Statistics.Closing;

/// <summary>
/// Chốt số liệu (CV 2352: "from 30/09/2019 the year's figures were frozen"): a leader of the unit, or of a unit above
/// it, closes a finished period; both forms are computed from up-to-date facts and stored as JSON snapshots with a
/// checksum. From then on the unit's report for that period is the snapshot, and facts of the unit's subtree dated
/// up to the period's end only change through dated adjustments in the next period (<see cref="FactFreezer"/>).
/// </summary>
public sealed class PeriodClosingService(IDbContextFactory<ThadsDbContext> contexts, LiveFactProjector projector, ReportEngine engine, TimeProvider time)
{
    /// <exception cref="StatisticsRequestException">Not a leader of the unit, the period is not over, or already closed.</exception>
    public async Task<PeriodClosing> CloseAsync(string unitCode, ReportPeriod period, string leaderUserName, CancellationToken cancellationToken = default)
    {
        await projector.RefreshAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
        var unit = tree.Find(unitCode) ?? throw new StatisticsRequestException("unit", $"Không có đơn vị mã '{unitCode}'.");
        var leader = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.UserName == leaderUserName, cancellationToken);
        if (leader is null || (leader.Roles & StaffRoles.Leader) == 0 || !tree.IsInSubtree(unit.Id, leader.UnitId))
        {
            throw new StatisticsRequestException("leader", $"Chỉ Thủ trưởng hoặc Phó Thủ trưởng của đơn vị {unit.Code} (hoặc đơn vị cấp trên) được chốt số liệu.");
        }

        var now = time.GetUtcNow();
        if (period.To >= VietnamTime.DateOf(now))
        {
            throw new StatisticsRequestException("to", $"Kỳ báo cáo đến {period.Key} chưa kết thúc; chỉ chốt số liệu kỳ đã qua.");
        }

        if (await db.Set<PeriodClosing>().AnyAsync(c => c.UnitId == unit.Id && c.Year == period.Year && c.Month == period.Month, cancellationToken))
        {
            throw new StatisticsRequestException("to", $"Kỳ {period.Label} của đơn vị {unit.Code} đã được chốt.");
        }

        var pair = await engine.RunAsync(new ReportRequest(period, unit.Code), cancellationToken);
        var stamp = new ClosingStamp(new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero), leader.UserName);
        var cases = ReportJson.Write(Stamped(pair.Cases, stamp));
        var money = ReportJson.Write(Stamped(pair.Money, stamp));
        var closing = new PeriodClosing
        {
            UnitId = unit.Id,
            Year = period.Year,
            Month = period.Month,
            ClosedThrough = period.ToValue,
            CasesSnapshot = cases,
            MoneySnapshot = money,
            Checksum = Convert.ToHexString(SHA256.HashData([.. cases, .. money])),
            ClosedAt = stamp.At,
            ClosedBy = stamp.By,
        };
        db.Add(closing);
        await db.SaveChangesAsync(cancellationToken);
        return closing;
    }

    public async Task<IReadOnlyList<PeriodClosing>> ListAsync(int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PeriodClosing>().AsNoTracking().Where(c => c.UnitId == unitId)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.ClosedThrough).ToListAsync(cancellationToken);
    }

    /// <summary>Adjustments counted in the period (effective in it) for the unit's subtree.</summary>
    public async Task<IReadOnlyList<StatAdjustment>> AdjustmentsAsync(IReadOnlySet<int> unitIds, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = unitIds.ToList();
        return await db.Set<StatAdjustment>().AsNoTracking()
            .Where(a => ids.Contains(a.UnitId) && a.EffectiveOn >= period.FromValue && a.EffectiveOn <= period.ToValue)
            .OrderBy(a => a.EffectiveOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
    }

    private static StatisticsReport Stamped(StatisticsReport report, ClosingStamp stamp) => new()
    {
        Definition = report.Definition,
        Period = report.Period,
        Scope = report.Scope,
        Rows = report.Rows,
        Total = report.Total,
        Closed = stamp,
    };
}
