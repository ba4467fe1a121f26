using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Workflows.Runtime;

namespace Thads.Host.Dashboard;

/// <summary>
/// Counts of open workflow tasks, done in the database: per assignee (open, overdue) and per leader step. The engine's
/// task query returns rows, one query per assignee or unit; at 100,000 cases a province holds tens of thousands of open
/// tasks, so the dashboard's counts are aggregates over the engine's task table instead (<c>wf_tasks</c>, the same
/// SQLite file; the columns docs/engine.md lists). The lists behind these counts come from the engine's own queries,
/// and the dashboard tests check that both agree.
/// </summary>
public sealed class WorkflowTaskCounts(IDbContextFactory<ThadsDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<string, AssigneeTaskCount>> ByAssigneeAsync(
        IReadOnlyCollection<string> assignees, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (assignees.Count == 0)
        {
            return new Dictionary<string, AssigneeTaskCount>();
        }

        var names = assignees.ToList();
        var parameters = new List<object>
        {
            new SqliteParameter("$open", (object)(int)UserTaskStatus.Open),
            new SqliteParameter("$now", (object)now.UtcTicks),
        };
        parameters.AddRange(names.Select((name, i) => (object)new SqliteParameter($"$a{i}", (object)name)));
        var sql = "SELECT Assignee, COUNT(*) AS OpenTasks, SUM(CASE WHEN DueAtTicks IS NOT NULL AND DueAtTicks < $now THEN 1 ELSE 0 END) AS OverdueTasks " +
            $"FROM wf_tasks WHERE Status = $open AND Assignee IN ({string.Join(", ", names.Select((_, i) => $"$a{i}"))}) GROUP BY Assignee";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQueryRaw<AssigneeTaskCount>(sql, parameters.ToArray()).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Assignee, StringComparer.Ordinal);
    }

    /// <summary>Open leader tasks of the units, per process step, telling approvals (form <paramref name="approvalForm"/>) from the rest.</summary>
    public async Task<IReadOnlyList<LeaderTaskCount>> LeaderTasksAsync(IReadOnlyCollection<string> unitCodes, string approvalForm, CancellationToken cancellationToken)
    {
        if (unitCodes.Count == 0)
        {
            return [];
        }

        var codes = unitCodes.ToList();
        var parameters = new List<object>
        {
            new SqliteParameter("$open", (object)(int)UserTaskStatus.Open),
            new SqliteParameter("$approval", (object)approvalForm),
        };
        parameters.AddRange(codes.Select((code, i) => (object)new SqliteParameter($"$u{i}", (object)code)));
        var sql = "SELECT ElementId, MAX(Name) AS Name, CASE WHEN FormKey = $approval THEN 1 ELSE 0 END AS IsApproval, COUNT(*) AS Count " +
            $"FROM wf_tasks WHERE Status = $open AND CandidateRole = 'leader' AND CandidateUnit IN ({string.Join(", ", codes.Select((_, i) => $"$u{i}"))}) " +
            "GROUP BY ElementId, CASE WHEN FormKey = $approval THEN 1 ELSE 0 END";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQueryRaw<LeaderTaskCount>(sql, parameters.ToArray()).ToListAsync(cancellationToken);
    }
}
