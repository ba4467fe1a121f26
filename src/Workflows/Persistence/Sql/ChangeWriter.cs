using Thads.Workflows.Runtime;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Persistence.Sql;

/// <summary>
/// Writes what one stimulus changed in one instance: only the rows it added, changed or removed, the
/// instance row under its version check, and the new journal events in multi-row inserts.
/// </summary>
internal static class ChangeWriter
{
    public static async Task WriteAsync(SqlSession sql, InstanceState s, CancellationToken ct)
    {
        await WriteInstanceAsync(sql, s, ct);
        await WriteTokensAsync(sql, s, ct);
        await WriteVariablesAsync(sql, s, ct);
        await WriteTasksAsync(sql, s, ct);
        await WriteBookmarksAsync(sql, s, ct);
        await WriteIncidentsAsync(sql, s, ct);
        await WriteJournalAsync(sql, s.NewEvents, ct);
    }

    /// <summary>Moves or removes a fired start timer, only if it is still due when it was fired.</summary>
    public static async Task WriteStartTimerAsync(SqlSession sql, StartTimerChange change, CancellationToken ct)
    {
        var changed = change.NextDueAt is { } next
            ? await sql.ExecuteAsync(WorkflowSql.MoveStartTimer, ct, change.Id, StoredTime.Ticks(change.FiredDueAt), StoredTime.Ticks(next), change.RemainingRepetitions)
            : await sql.ExecuteAsync(WorkflowSql.DeleteFiredStartTimer, ct, change.Id, StoredTime.Ticks(change.FiredDueAt));
        if (changed != 1)
        {
            throw new WorkflowConflictException($"Start timer {change.Id} was fired or replaced by someone else; nothing was saved.");
        }
    }

    private static async Task WriteInstanceAsync(SqlSession sql, InstanceState s, CancellationToken ct)
    {
        if (s.IsNew)
        {
            await sql.ExecuteAsync(WorkflowSql.InsertInstance, ct, s.Id, s.DefinitionId, s.ProcessId, s.BusinessKey, (int)s.Status, s.Version + 1,
                StoredTime.Ticks(s.StartedAt), StoredTime.Ticks(s.EndedAt), s.StartedBy, s.ParentInstanceId, s.ParentTokenId, s.LastSeq);
            return;
        }

        var changed = await sql.ExecuteAsync(WorkflowSql.UpdateInstance, ct, s.Id, (int)s.Status, s.Version + 1, StoredTime.Ticks(s.EndedAt), s.LastSeq, s.Version);
        if (changed != 1)
        {
            throw new WorkflowConflictException($"Instance {s.Id} was changed by someone else; nothing was saved.");
        }
    }

    private static async Task WriteTokensAsync(SqlSession sql, InstanceState s, CancellationToken ct)
    {
        foreach (var id in s.TokenChanges.Added)
        {
            var t = s.Tokens[id];
            await sql.ExecuteAsync(WorkflowSql.InsertToken, ct, t.Id, s.Id, t.ElementId, t.ParentId, (int)t.Status, t.ArrivedVia, t.LoopCounter,
                t.IsMultiInstanceBody, t.ActivityActive, StoredTime.Ticks(t.CreatedAt));
        }

        foreach (var id in s.TokenChanges.Modified)
        {
            var t = s.Tokens[id];
            await sql.ExecuteAsync(WorkflowSql.UpdateToken, ct, t.Id, t.ElementId, (int)t.Status, t.ArrivedVia, t.ActivityActive);
        }

        foreach (var id in s.TokenChanges.Removed)
        {
            await sql.ExecuteAsync(WorkflowSql.DeleteToken, ct, id);
        }
    }

    private static async Task WriteVariablesAsync(SqlSession sql, InstanceState s, CancellationToken ct)
    {
        foreach (var key in s.VariableChanges.Added)
        {
            await sql.ExecuteAsync(WorkflowSql.InsertVariable, ct, s.Id, key.ScopeId, key.Name, Json(s, key));
        }

        foreach (var key in s.VariableChanges.Modified)
        {
            await sql.ExecuteAsync(WorkflowSql.UpdateVariable, ct, s.Id, key.ScopeId, key.Name, Json(s, key));
        }

        foreach (var key in s.VariableChanges.Removed)
        {
            await sql.ExecuteAsync(WorkflowSql.DeleteVariable, ct, s.Id, key.ScopeId, key.Name);
        }
    }

    private static string Json(InstanceState s, VariableKey key) => s.Variables[key.ScopeId][key.Name]?.ToJsonString() ?? "null";

    private static async Task WriteTasksAsync(SqlSession sql, InstanceState s, CancellationToken ct)
    {
        foreach (var id in s.TaskChanges.Added)
        {
            var t = s.Tasks[id];
            await sql.ExecuteAsync(WorkflowSql.InsertTask, ct, t.Id, s.Id, t.TokenId, s.ProcessId, s.BusinessKey, t.ElementId, t.Name, t.Assignee,
                t.CandidateRole, t.CandidateUnit, StoredTime.Ticks(t.DueAt), t.FormKey, StoredTime.Ticks(t.CreatedAt), (int)t.Status,
                StoredTime.Ticks(t.EndedAt), t.CompletedBy);
        }

        foreach (var id in s.TaskChanges.Modified)
        {
            var t = s.Tasks[id];
            await sql.ExecuteAsync(WorkflowSql.UpdateTask, ct, t.Id, t.Assignee, (int)t.Status, StoredTime.Ticks(t.EndedAt), t.CompletedBy);
        }
    }

    private static async Task WriteBookmarksAsync(SqlSession sql, InstanceState s, CancellationToken ct)
    {
        foreach (var id in s.BookmarkChanges.Added)
        {
            var b = s.Bookmarks[id];
            await sql.ExecuteAsync(WorkflowSql.InsertBookmark, ct, b.Id, s.Id, b.TokenId, (int)b.Kind, b.ElementId, StoredTime.Ticks(b.DueAt),
                b.RemainingRepetitions, b.MessageName, b.CorrelationKey, b.CalledInstanceId, StoredTime.Ticks(b.ScheduledAt));
        }

        foreach (var id in s.BookmarkChanges.Modified)
        {
            var b = s.Bookmarks[id];
            await sql.ExecuteAsync(WorkflowSql.UpdateBookmark, ct, b.Id, StoredTime.Ticks(b.DueAt), b.RemainingRepetitions, b.CalledInstanceId);
        }

        foreach (var id in s.BookmarkChanges.Removed)
        {
            await sql.ExecuteAsync(WorkflowSql.DeleteBookmark, ct, id);
        }
    }

    private static async Task WriteIncidentsAsync(SqlSession sql, InstanceState s, CancellationToken ct)
    {
        foreach (var id in s.IncidentChanges.Added)
        {
            var i = s.Incidents[id];
            await sql.ExecuteAsync(WorkflowSql.InsertIncident, ct, i.Id, s.Id, s.ProcessId, i.TokenId, i.ElementId, i.Message, (int)i.Retry,
                StoredTime.Ticks(i.CreatedAt), StoredTime.Ticks(i.ResolvedAt));
        }

        foreach (var id in s.IncidentChanges.Modified)
        {
            await sql.ExecuteAsync(WorkflowSql.UpdateIncident, ct, id, StoredTime.Ticks(s.Incidents[id].ResolvedAt));
        }
    }

    private static async Task WriteJournalAsync(SqlSession sql, List<WorkflowEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }

        var page = JournalPage.Pack(events);
        await sql.ExecuteAsync(WorkflowSql.InsertJournalPage, ct, page.InstanceId, page.FirstSeq, page.LastSeq, page.TimeTicks, page.OffsetMinutes, page.Actor, page.Events);
    }
}
