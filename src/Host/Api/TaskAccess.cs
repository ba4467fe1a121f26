using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;
using Thads.Workflows.Runtime;

namespace Thads.Host.Api;

/// <summary>
/// Who may see and complete a workflow task. Tasks name their unit by code (<c>thads:candidateUnit</c>) and their
/// role by the process's group name; the unit subtree comes from <see cref="UnitScope"/>, never from the request.
/// </summary>
public sealed class TaskAccess(UnitScope scope, IDbContextFactory<ThadsDbContext> contexts)
{
    /// <summary>Staff roles that receive tasks, each with the candidate group the processes use for it.</summary>
    public static readonly IReadOnlyList<StaffRoles> TaskRoles = [StaffRoles.Head, StaffRoles.Deputy, StaffRoles.Executor, StaffRoles.IntakeOfficer, StaffRoles.Statistician];

    public static string? CandidateGroup(StaffRoles role) => role switch
    {
        StaffRoles.Head or StaffRoles.Deputy => "leader",
        StaffRoles.Executor => "executor",
        StaffRoles.IntakeOfficer => "intake",
        StaffRoles.Statistician => "statistician",
        _ => null,
    };

    /// <summary>Null when the principal is not a linked staff member.</summary>
    public async Task<TaskViewer?> ViewerAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (ThadsUser.From(principal) is not { } user)
        {
            return null;
        }

        var units = await scope.VisibleUnitIdsAsync(principal, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = units.ToList();
        var codes = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => u.Code).ToListAsync(cancellationToken);
        var groups = StaffRoleNames.Split(user.Roles).Select(CandidateGroup).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new TaskViewer(user, codes.ToHashSet(StringComparer.Ordinal), groups);
    }
}

public sealed record TaskViewer(ThadsUser User, IReadOnlySet<string> UnitCodes, IReadOnlySet<string> Groups)
{
    public bool IsMine(UserTaskInfo task) => string.Equals(task.Assignee, User.UserName, StringComparison.Ordinal);

    public bool InScope(UserTaskInfo task) => task.CandidateUnit is { } unit && UnitCodes.Contains(unit);

    /// <summary>Unclaimed, of a unit in scope, for one of the user's roles: the "unit" inbox.</summary>
    public bool IsOpenToMe(UserTaskInfo task) =>
        task.Assignee is null && InScope(task) && task.CandidateRole is { } group && Groups.Contains(group);

    /// <summary>Own and open-to-me tasks; beyond that, a user with a role other than executor reads the tasks of the units in scope.</summary>
    public bool MaySee(UserTaskInfo task) => IsMine(task) || IsOpenToMe(task) || (InScope(task) && !User.IsExecutorOnly);

    public bool MayComplete(UserTaskInfo task) => IsMine(task) || IsOpenToMe(task);
}
