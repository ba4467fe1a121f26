using Microsoft.AspNetCore.Authorization;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Accounts;

/// <summary>
/// The role policies pages and API endpoints name in <c>[Authorize(Policy = …)]</c> or <c>RequireAuthorization(…)</c>.
/// Unit and case scope are not policies: they depend on the resource, so they are asked of <see cref="UnitScope"/>.
/// </summary>
public static class ThadsPolicies
{
    public const string Administrator = nameof(Administrator);

    /// <summary>Head or deputy.</summary>
    public const string Leader = nameof(Leader);

    public const string Executor = nameof(Executor);

    public const string Intake = nameof(Intake);

    public const string Statistician = nameof(Statistician);

    public const string Accountant = nameof(Accountant);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Administrator, p => p.RequireRole(Role(StaffRoles.Administrator)));
        options.AddPolicy(Leader, p => p.RequireRole(Role(StaffRoles.Head), Role(StaffRoles.Deputy)));
        options.AddPolicy(Executor, p => p.RequireRole(Role(StaffRoles.Executor)));
        options.AddPolicy(Intake, p => p.RequireRole(Role(StaffRoles.IntakeOfficer)));
        options.AddPolicy(Statistician, p => p.RequireRole(Role(StaffRoles.Statistician)));
        options.AddPolicy(Accountant, p => p.RequireRole(Role(StaffRoles.Accountant)));
    }

    private static string Role(StaffRoles role) => StaffRoleNames.ClaimValue(role);
}
