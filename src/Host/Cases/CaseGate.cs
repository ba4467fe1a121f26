using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Host.Accounts;

namespace Thads.Host.Cases;

/// <summary>
/// Opens a case for a user, or says why not; the rule itself is <see cref="UnitScope"/>'s. Every case page, case
/// API endpoint and attachment endpoint starts here, so none can forget the check.
/// </summary>
public sealed class CaseGate(CaseService cases, UnitScope scope, IDbContextFactory<ThadsDbContext> contexts)
{
    /// <summary>The case with every child, when the user may see it.</summary>
    public async Task<(CaseAccess Access, EnforcementCase? Case)> OpenAsync(ClaimsPrincipal user, int caseId, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(caseId, cancellationToken) is not { } c)
        {
            return (CaseAccess.NotFound, null);
        }

        return await scope.MaySeeCaseAsync(user, c, cancellationToken) ? (CaseAccess.Allowed, c) : (CaseAccess.Forbidden, null);
    }

    /// <summary>Only the columns the scope rule needs: for downloads and uploads, which do not show the case.</summary>
    public async Task<(CaseAccess Access, CaseHeader? Case)> HeaderAsync(ClaimsPrincipal user, int caseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var header = await db.Cases.AsNoTracking()
            .Where(c => c.Id == caseId)
            .Select(c => new CaseHeader(c.Id, c.CaseNumber, c.UnitId, c.DelegatedToUnitId, c.ExecutorId))
            .FirstOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return (CaseAccess.NotFound, null);
        }

        if (ThadsUser.From(user) is not { } who)
        {
            return (CaseAccess.Forbidden, null);
        }

        var units = await scope.VisibleUnitIdsAsync(user, cancellationToken);
        return UnitScope.MaySeeCase(who, units, header.UnitId, header.DelegatedToUnitId, header.ExecutorId)
            ? (CaseAccess.Allowed, header)
            : (CaseAccess.Forbidden, null);
    }
}
