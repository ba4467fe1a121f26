using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Thads.Workflows.Persistence.Rows;
using Thads.Workflows.Runtime;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Persistence;

/// <summary>
/// The durable store on EF Core. A commit writes every touched instance in one transaction: only the rows
/// the stimulus changed, with an optimistic version check on each instance row.
/// </summary>
internal sealed class EfWorkflowStore(DbContextOptions<WorkflowDbContext> options, TimeSpan? displayOffset = null) : IWorkflowStore
{
    private readonly RowMapper _map = new(new StoredTime(displayOffset ?? TimeSpan.FromHours(7)));

    private WorkflowDbContext Open()
    {
        var db = new WorkflowDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return db;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        await DatabaseTuning.PrepareAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public async Task<DefinitionRecord?> FindLatestDefinitionAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var row = await db.Definitions.Where(d => d.Key == key).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : _map.ToRecord(row);
    }

    public async Task<DefinitionRecord?> FindDefinitionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var row = await db.Definitions.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return row is null ? null : _map.ToRecord(row);
    }

    public async Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(string? key, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var rows = await db.Definitions.Where(d => key == null || d.Key == key)
            .OrderBy(d => d.Key).ThenBy(d => d.Version).ToListAsync(cancellationToken);
        return rows.Select(_map.ToRecord).ToList();
    }

    public async Task AddDefinitionAsync(DefinitionRecord definition, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        db.Definitions.Add(RowMapper.ToRow(definition));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            throw new WorkflowConflictException($"Process '{definition.Key}' version {definition.Version} was deployed concurrently.", e);
        }
    }

    public async Task<InstanceState?> LoadInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var row = await db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var state = _map.ToState(row);
        foreach (var token in await db.Tokens.Where(t => t.InstanceId == instanceId).ToListAsync(cancellationToken))
        {
            state.Tokens.Add(token.Id, _map.ToState(token));
        }

        foreach (var variable in await db.Variables.Where(v => v.InstanceId == instanceId).ToListAsync(cancellationToken))
        {
            if (!state.Variables.TryGetValue(variable.ScopeId, out var scope))
            {
                scope = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
                state.Variables[variable.ScopeId] = scope;
            }

            scope[variable.Name] = JsonNode.Parse(variable.Json);
        }

        state.Variables.TryAdd(Guid.Empty, new Dictionary<string, JsonNode?>(StringComparer.Ordinal));
        if (state.IsEnded)
        {
            return state;
        }

        var open = (int)UserTaskStatus.Open;
        foreach (var task in await db.Tasks.Where(t => t.InstanceId == instanceId && t.Status == open).ToListAsync(cancellationToken))
        {
            state.Tasks.Add(task.Id, _map.ToState(task));
        }

        foreach (var bookmark in await db.Bookmarks.Where(b => b.InstanceId == instanceId).ToListAsync(cancellationToken))
        {
            state.Bookmarks.Add(bookmark.Id, _map.ToState(bookmark));
        }

        foreach (var incident in await db.Incidents.Where(i => i.InstanceId == instanceId && i.ResolvedAtTicks == null).ToListAsync(cancellationToken))
        {
            state.Incidents.Add(incident.Id, _map.ToState(incident));
        }

        return state;
    }

    public async Task<Guid?> FindInstanceOfTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        return await db.Tasks.Where(t => t.Id == taskId).Select(t => (Guid?)t.InstanceId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<Guid?> FindInstanceOfIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        return await db.Incidents.Where(i => i.Id == incidentId).Select(i => (Guid?)i.InstanceId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BookmarkRef>> FindMessageWaitersAsync(string messageName, string? correlationKey, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var kind = (int)BookmarkKind.Message;
        return await db.Bookmarks
            .Where(b => b.Kind == kind && b.MessageName == messageName && (correlationKey == null || b.CorrelationKey == correlationKey))
            .Select(b => new BookmarkRef(b.InstanceId, b.Id))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BookmarkRef>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var kind = (int)BookmarkKind.Timer;
        var ticks = StoredTime.Ticks(dueBy);
        return await db.Bookmarks
            .Where(b => b.Kind == kind && b.DueAtTicks <= ticks)
            .OrderBy(b => b.DueAtTicks)
            .Take(limit)
            .Select(b => new BookmarkRef(b.InstanceId, b.Id))
            .ToListAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> FindNextTimerDueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var kind = (int)BookmarkKind.Timer;
        var ticks = await db.Bookmarks.Where(b => b.Kind == kind).MinAsync(b => b.DueAtTicks, cancellationToken);
        return ticks is null ? null : new StoredTime(TimeSpan.Zero).Read(ticks.Value);
    }

    public async Task CommitAsync(IReadOnlyCollection<InstanceState> instances, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var state in instances)
        {
            Stage(db, state);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            throw new WorkflowConflictException(
                $"Instance {string.Join(", ", instances.Select(i => i.Id))} was changed by someone else; nothing was saved.", e);
        }
    }

    /// <summary>Adds the rows one instance's changes need to the unit of work.</summary>
    private static void Stage(WorkflowDbContext db, InstanceState state)
    {
        if (state.IsNew)
        {
            db.Instances.Add(RowMapper.ToRow(state, state.Version + 1));
        }
        else
        {
            var entry = db.Instances.Attach(RowMapper.ToRow(state, state.Version + 1));
            entry.Property(x => x.Version).OriginalValue = state.Version;
            entry.State = EntityState.Modified;
        }

        Apply(db, state.TokenChanges, id => RowMapper.ToRow(state.Id, state.Tokens[id]), id => new TokenRow { Id = id });
        Apply(
            db,
            state.VariableChanges,
            key => RowMapper.ToRow(state.Id, key, state.Variables[key.ScopeId][key.Name]),
            key => new VariableRow { InstanceId = state.Id, ScopeId = key.ScopeId, Name = key.Name });
        Apply(db, state.TaskChanges, id => RowMapper.ToRow(state, state.Tasks[id]), id => new TaskRow { Id = id });
        Apply(db, state.BookmarkChanges, id => RowMapper.ToRow(state.Id, state.Bookmarks[id]), id => new BookmarkRow { Id = id });
        Apply(db, state.IncidentChanges, id => RowMapper.ToRow(state, state.Incidents[id]), id => new IncidentRow { Id = id });
        foreach (var e in state.NewEvents)
        {
            db.Journal.Add(RowMapper.ToRow(e));
        }
    }

    private static void Apply<TKey, TRow>(WorkflowDbContext db, EntityChanges<TKey> changes, Func<TKey, TRow> row, Func<TKey, TRow> stub)
        where TKey : notnull
        where TRow : class
    {
        foreach (var key in changes.Added)
        {
            db.Add(row(key));
        }

        foreach (var key in changes.Modified)
        {
            db.Update(row(key));
        }

        foreach (var key in changes.Removed)
        {
            db.Remove(stub(key));
        }
    }

    public async Task<IReadOnlyList<UserTaskInfo>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var open = (int)UserTaskStatus.Open;
        var rows = await db.Tasks
            .Where(t => query.InstanceId == null || t.InstanceId == query.InstanceId)
            .Where(t => query.Assignee == null || t.Assignee == query.Assignee)
            .Where(t => query.CandidateRole == null || t.CandidateRole == query.CandidateRole)
            .Where(t => query.CandidateUnit == null || t.CandidateUnit == query.CandidateUnit)
            .Where(t => !query.OpenOnly || t.Status == open)
            .OrderBy(t => t.DueAtTicks == null).ThenBy(t => t.DueAtTicks).ThenBy(t => t.CreatedAtTicks)
            .Skip(query.Skip).Take(query.Take)
            .ToListAsync(cancellationToken);
        return rows.Select(_map.ToInfo).ToList();
    }

    public async Task<IReadOnlyList<WorkflowEvent>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var processId = await db.Instances.Where(i => i.Id == instanceId).Select(i => i.ProcessId).FirstOrDefaultAsync(cancellationToken) ?? "";
        var rows = await db.Journal.Where(j => j.InstanceId == instanceId).OrderBy(j => j.Seq).ToListAsync(cancellationToken);
        return rows.Select(r => RowMapper.ToEvent(r, processId)).ToList();
    }

    public async Task<IReadOnlyList<IncidentInfo>> QueryIncidentsAsync(Guid? instanceId, bool openOnly, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var rows = await db.Incidents
            .Where(i => instanceId == null || i.InstanceId == instanceId)
            .Where(i => !openOnly || i.ResolvedAtTicks == null)
            .OrderBy(i => i.CreatedAtTicks)
            .ToListAsync(cancellationToken);
        return rows.Select(_map.ToInfo).ToList();
    }

    public async Task<IReadOnlyList<InstanceSummary>> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var status = (int?)query.Status;
        var rows = await db.Instances
            .Where(i => query.ProcessId == null || i.ProcessId == query.ProcessId)
            .Where(i => query.DefinitionId == null || i.DefinitionId == query.DefinitionId)
            .Where(i => query.BusinessKey == null || i.BusinessKey == query.BusinessKey)
            .Where(i => status == null || i.Status == status)
            .OrderBy(i => i.StartedAtTicks)
            .Skip(query.Skip).Take(query.Take)
            .Join(db.Definitions, i => i.DefinitionId, d => d.Id, (i, d) => new { i, d.Version })
            .ToListAsync(cancellationToken);
        return rows.Select(x =>
        {
            var s = _map.ToState(x.i);
            return new InstanceSummary(s.Id, s.DefinitionId, s.ProcessId, x.Version, s.BusinessKey, s.Status, s.StartedAt, s.EndedAt, s.ParentInstanceId);
        }).ToList();
    }
}
