using Microsoft.AspNetCore.Authorization;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Cases;

/// <summary>Role gates of the case pages and endpoints; which cases is still <see cref="UnitScope"/>'s decision.</summary>
public static class CasePolicies
{
    /// <summary>Register judgments and requests: intake officers and leaders.</summary>
    public const string Intake = "Cases.Intake";

    /// <summary>Add documents to a case: leaders, executors and intake officers (not statisticians or accountants).</summary>
    public const string Attach = "Cases.Attach";

    public static readonly IReadOnlyList<StaffRoles> IntakeRoles = [StaffRoles.IntakeOfficer, StaffRoles.Head, StaffRoles.Deputy];

    public static readonly IReadOnlyList<StaffRoles> AttachRoles = [StaffRoles.Head, StaffRoles.Deputy, StaffRoles.Executor, StaffRoles.IntakeOfficer];

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Intake, p => p.RequireAuthenticatedUser().RequireRole(IntakeRoles.Select(StaffRoleNames.ClaimValue)));
        options.AddPolicy(Attach, p => p.RequireAuthenticatedUser().RequireRole(AttachRoles.Select(StaffRoleNames.ClaimValue)));
    }

    public static bool MayIntake(ThadsUser? user) => user is not null && IntakeRoles.Any(user.Has);

    public static bool MayAttach(ThadsUser? user) => user is not null && AttachRoles.Any(user.Has);

    public static bool IsLeader(ThadsUser? user) => user is not null && (user.Has(StaffRoles.Head) || user.Has(StaffRoles.Deputy));
}
