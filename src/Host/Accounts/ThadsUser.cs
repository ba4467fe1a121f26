using System.Globalization;
using System.Security.Claims;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Accounts;

/// <summary>The signed-in person as the claims describe them; the one place that reads <see cref="ThadsClaimTypes"/>.</summary>
public sealed record ThadsUser(
    int StaffId,
    string UserName,
    string FullName,
    int UnitId,
    string UnitCode,
    string UnitName,
    StaffRoles Roles)
{
    /// <summary>Has a role other than executor: sees all cases of the units in scope, not only assigned ones.</summary>
    public bool IsExecutorOnly => Roles == StaffRoles.Executor;

    public bool Has(StaffRoles role) => (Roles & role) != 0;

    /// <summary>Null when not signed in or when the account is not linked to a staff member with a unit.</summary>
    public static ThadsUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !TryInt(principal, ThadsClaimTypes.StaffId, out var staffId)
            || !TryInt(principal, ThadsClaimTypes.UnitId, out var unitId))
        {
            return null;
        }

        var roles = StaffRoles.None;
        foreach (var role in StaffRoleNames.Singles)
        {
            if (principal.IsInRole(StaffRoleNames.ClaimValue(role)))
            {
                roles |= role;
            }
        }

        return new ThadsUser(
            staffId,
            principal.Identity.Name ?? string.Empty,
            principal.FindFirstValue(ThadsClaimTypes.FullName) ?? string.Empty,
            unitId,
            principal.FindFirstValue(ThadsClaimTypes.UnitCode) ?? string.Empty,
            principal.FindFirstValue(ThadsClaimTypes.UnitName) ?? string.Empty,
            roles);
    }

    private static bool TryInt(ClaimsPrincipal principal, string type, out int value) =>
        int.TryParse(principal.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
