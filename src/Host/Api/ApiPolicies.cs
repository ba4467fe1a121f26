using Microsoft.AspNetCore.Authorization;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Api;

/// <summary>
/// API-level role gates on top of <see cref="ThadsPolicies"/>. Unit and case scope are still decided per resource by
/// <see cref="UnitScope"/> and <see cref="TaskAccess"/>.
/// </summary>
public static class ApiPolicies
{
    /// <summary>A signed-in account linked to a staff member with a unit (what <see cref="ThadsUser.From"/> needs).</summary>
    public const string Staff = "Api.Staff";

    /// <summary>Roles that receive workflow tasks: leaders, executors, intake officers, statisticians.</summary>
    public const string TaskWorker = "Api.TaskWorker";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser()
            .RequireClaim(ThadsClaimTypes.StaffId)
            .RequireClaim(ThadsClaimTypes.UnitId));
        options.AddPolicy(TaskWorker, p => p.RequireAuthenticatedUser().RequireRole(
            TaskAccess.TaskRoles.Select(StaffRoleNames.ClaimValue)));
    }
}
