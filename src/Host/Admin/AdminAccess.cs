using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Admin;

/// <summary>Turns a signed-in principal into an <see cref="AdminContext"/>, or refuses anyone who is not an administrator.</summary>
public sealed class AdminAccess(UnitScope scope, IDbContextFactory<ThadsDbContext> contexts)
{
    /// <exception cref="AdminDeniedException">Not an administrator, or not linked to a staff member with a unit.</exception>
    public async Task<AdminContext> ForAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (ThadsUser.From(principal) is not { } user || !user.Has(StaffRoles.Administrator))
        {
            throw new AdminDeniedException("Chỉ quản trị hệ thống mới dùng được chức năng này.");
        }

        var units = await scope.VisibleUnitIdsAsync(principal, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var topLevel = await db.Units.AsNoTracking().AnyAsync(u => u.Id == user.UnitId && u.ParentId == null, cancellationToken);
        return new AdminContext(user, units, topLevel);
    }
}
