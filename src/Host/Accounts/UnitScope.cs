using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;

namespace Thads.Host.Accounts;

/// <summary>
/// The one place that decides which units and cases a user may see or act on; pages and the API ask here.
/// A user's scope is their unit's subtree: a province's staff see the province and its offices, a regional
/// office's staff only their office (and anything below it). An executor with no other role sees only the cases
/// assigned to them. A user without a linked person and unit sees nothing.
/// </summary>
public sealed class UnitScope(IDbContextFactory<ThadsDbContext> contexts)
{
    /// <summary>Ids of the units <paramref name="principal"/> may see; empty when not signed in or not linked.</summary>
    public async Task<IReadOnlySet<int>> VisibleUnitIdsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (ThadsUser.From(principal) is not { } user)
        {
            return new HashSet<int>();
        }

        return (await TreeAsync(cancellationToken)).SubtreeOf(user.UnitId);
    }

    public async Task<bool> MayAccessUnitAsync(ClaimsPrincipal principal, int unitId, CancellationToken cancellationToken = default) =>
        (await VisibleUnitIdsAsync(principal, cancellationToken)).Contains(unitId);

    /// <summary>
    /// Whether the user may see the case: it belongs to (or was delegated to) a unit in scope, and the user is either
    /// its executor or has a role beyond executor.
    /// </summary>
    public async Task<bool> MaySeeCaseAsync(ClaimsPrincipal principal, EnforcementCase enforcementCase, CancellationToken cancellationToken = default)
    {
        if (ThadsUser.From(principal) is not { } user)
        {
            return false;
        }

        var units = (await TreeAsync(cancellationToken)).SubtreeOf(user.UnitId);
        return MaySeeCase(user, units, enforcementCase.UnitId, enforcementCase.DelegatedToUnitId, enforcementCase.ExecutorId);
    }

    /// <summary>The rule itself, for callers that already hold the scope (lists filter many cases with one tree).</summary>
    public static bool MaySeeCase(ThadsUser user, IReadOnlySet<int> visibleUnits, int caseUnitId, int? delegatedToUnitId, int? executorId)
    {
        var inScope = visibleUnits.Contains(caseUnitId) || (delegatedToUnitId is { } delegated && visibleUnits.Contains(delegated));
        return inScope && (!user.IsExecutorOnly || executorId == user.StaffId);
    }

    private async Task<UnitTree> TreeAsync(CancellationToken cancellationToken)
    {
        // A few hundred rows at most: reading them per check keeps a moved unit effective at once, without a cache to invalidate.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        return new UnitTree(units.Select(u => (u.Id, u.ParentId)));
    }
}
