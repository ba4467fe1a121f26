using System.Data.Common;
using System.Text.Json.Nodes;
using Thads.Workflows.Persistence.Rows;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Persistence.Sql;

/// <summary>Loads an instance's live state in one round trip (six result sets).</summary>
internal sealed class InstanceReader(RowMapper map)
{
    public Task<InstanceState?> LoadAsync(SqlSession sql, Guid instanceId, CancellationToken cancellationToken) =>
        ReadAsync(sql, WorkflowSql.LoadInstance, instanceId, cancellationToken);

    /// <summary>Loads the instance owning a task in the same round trip as finding it.</summary>
    public Task<InstanceState?> LoadOwnerOfTaskAsync(SqlSession sql, Guid taskId, CancellationToken cancellationToken) =>
        ReadAsync(sql, WorkflowSql.LoadInstanceOfTask, taskId, cancellationToken);

    private async Task<InstanceState?> ReadAsync(SqlSession sql, string statement, Guid key, CancellationToken cancellationToken)
    {
        await using var reader = await sql.QueryAsync(statement, cancellationToken, key);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var state = map.ToState(new InstanceRow
        {
            Id = sql.ReadGuid(reader, 0), DefinitionId = sql.ReadGuid(reader, 1), ProcessId = reader.GetString(2),
            BusinessKey = reader.NullableString(3), Status = reader.GetInt32(4), Version = reader.GetInt64(5),
            StartedAtTicks = reader.GetInt64(6), EndedAtTicks = reader.NullableLong(7), StartedBy = reader.NullableString(8),
            ParentInstanceId = sql.ReadNullableGuid(reader, 9), ParentTokenId = sql.ReadNullableGuid(reader, 10), LastSeq = reader.GetInt32(11),
        });

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var token = map.ToState(new TokenRow
            {
                Id = sql.ReadGuid(reader, 0), ElementId = reader.GetString(1), ParentId = sql.ReadNullableGuid(reader, 2), Status = reader.GetInt32(3),
                ArrivedVia = reader.NullableString(4), LoopCounter = reader.NullableInt(5), IsMultiInstanceBody = reader.GetBoolean(6),
                ActivityActive = reader.GetBoolean(7), CreatedAtTicks = reader.GetInt64(8),
            });
            state.Tokens.Add(token.Id, token);
        }

        await reader.NextResultAsync(cancellationToken);
        state.Variables[Guid.Empty] = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var scope = sql.ReadGuid(reader, 0);
            if (!state.Variables.TryGetValue(scope, out var variables))
            {
                variables = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
                state.Variables[scope] = variables;
            }

            variables[reader.GetString(1)] = JsonNode.Parse(reader.GetString(2));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var task = map.ToState(new TaskRow
            {
                Id = sql.ReadGuid(reader, 0), TokenId = sql.ReadGuid(reader, 1), ElementId = reader.GetString(2), Name = reader.NullableString(3),
                Assignee = reader.NullableString(4), CandidateRole = reader.NullableString(5), CandidateUnit = reader.NullableString(6),
                DueAtTicks = reader.NullableLong(7), FormKey = reader.NullableString(8), CreatedAtTicks = reader.GetInt64(9), Status = reader.GetInt32(10),
                EndedAtTicks = reader.NullableLong(11), CompletedBy = reader.NullableString(12),
            });
            state.Tasks.Add(task.Id, task);
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var bookmark = map.ToState(new BookmarkRow
            {
                Id = sql.ReadGuid(reader, 0), TokenId = sql.ReadGuid(reader, 1), Kind = reader.GetInt32(2), ElementId = reader.GetString(3),
                DueAtTicks = reader.NullableLong(4), RemainingRepetitions = reader.NullableInt(5), MessageName = reader.NullableString(6),
                CorrelationKey = reader.NullableString(7), CalledInstanceId = sql.ReadNullableGuid(reader, 8), ScheduledAtTicks = reader.NullableLong(9),
            });
            state.Bookmarks.Add(bookmark.Id, bookmark);
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var incident = map.ToState(new IncidentRow
            {
                Id = sql.ReadGuid(reader, 0), TokenId = sql.ReadGuid(reader, 1), ElementId = reader.GetString(2), Message = reader.GetString(3),
                Retry = reader.GetInt32(4), CreatedAtTicks = reader.GetInt64(5), ResolvedAtTicks = reader.NullableLong(6),
            });
            state.Incidents.Add(incident.Id, incident);
        }

        return state;
    }
}
