using Microsoft.AspNetCore.Authorization;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Statistics;

/// <summary>
/// Who may use the statistics at all (the unit is checked per request by <see cref="StatisticsAccess"/>): statisticians
/// and leaders read reports of their subtree; an executor only the report of their own cases (legacy.md: executors
/// "extract the statistics for their own cases"). Closing a period is for leaders.
/// </summary>
public static class StatisticsPolicies
{
    public const string Reader = "Statistics.Reader";

    public const string Closer = "Statistics.Closer";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Reader, p => p.RequireAuthenticatedUser().RequireRole(
            new[] { StaffRoles.Statistician, StaffRoles.Head, StaffRoles.Deputy, StaffRoles.Executor }.Select(StaffRoleNames.ClaimValue)));
        options.AddPolicy(Closer, p => p.RequireAuthenticatedUser().RequireRole(
            new[] { StaffRoles.Head, StaffRoles.Deputy }.Select(StaffRoleNames.ClaimValue)));
    }
}
