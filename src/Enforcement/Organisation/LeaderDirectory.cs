using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Organisation;

/// <summary>
/// Finds who leads a unit: its active heads and deputies with a mail address. A unit without leaders of its
/// own (a regional office since 07/2025 answers to its province) defers to the nearest parent that has them.
/// </summary>
public sealed class LeaderDirectory(IDbContextFactory<ThadsDbContext> contexts)
{
    public async Task<IReadOnlyList<StaffMember>> LeadersOfAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, cancellationToken)
            ?? throw new ArgumentException($"Đơn vị '{unitCode}' không tồn tại (mã đơn vị).", nameof(unitCode));
        for (var current = unit; current is not null;)
        {
            var leaders = await db.Staff.AsNoTracking()
                .Where(s => s.UnitId == current.Id && s.Active && s.Email != null && (s.Roles & StaffRoles.Leader) != 0)
                .OrderBy(s => s.Id)
                .ToListAsync(cancellationToken);
            if (leaders.Count > 0)
            {
                return leaders;
            }

            current = current.ParentId is { } parentId
                ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken)
                : null;
        }

        return [];
    }
}
