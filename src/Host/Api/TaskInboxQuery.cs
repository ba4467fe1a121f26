using Thads.Workflows.Runtime;

namespace Thads.Host.Api;

/// <summary>
/// The inbox lists, one rule for the API and the pages: "mine" = open tasks assigned to me; "unit" = unclaimed
/// tasks of the units in my scope for my roles (<see cref="TaskViewer.IsOpenToMe"/>); filtered by case number and
/// ordered by due date.
/// </summary>
public static class TaskInboxQuery
{
    public static async Task<List<UserTaskInfo>> FindAsync(
        WorkflowEngine engine, TaskViewer viewer, bool unit, string? search, CancellationToken cancellationToken)
    {
        var found = new List<UserTaskInfo>();
        if (!unit)
        {
            found.AddRange(await engine.QueryTasksAsync(new TaskQuery { Assignee = viewer.User.UserName, Take = int.MaxValue }, cancellationToken));
        }
        else
        {
            // The engine has no cross-unit query yet: one query per (role group, unit code) of the user's scope.
            foreach (var group in viewer.Groups)
            {
                foreach (var code in viewer.UnitCodes)
                {
                    var open = await engine.QueryTasksAsync(new TaskQuery { CandidateRole = group, CandidateUnit = code, Take = int.MaxValue }, cancellationToken);
                    found.AddRange(open.Where(viewer.IsOpenToMe));
                }
            }
        }

        var term = search?.Trim();
        return found
            .Where(t => t.Status == UserTaskStatus.Open)
            .Where(t => string.IsNullOrEmpty(term) || (t.BusinessKey?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false))
            .DistinctBy(t => t.Id)
            .OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt)
            .ToList();
    }
}
