using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Thads.Workflows.Persistence.Rows;
using Thads.Workflows.Persistence.Sql;
using Thads.Workflows.Runtime;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Persistence;

/// <summary>
/// The durable store on EF Core. A commit writes every touched instance in one transaction: only the rows
/// the stimulus changed, with an optimistic version check on each instance row.
/// </summary>
internal sealed class EfWorkflowStore : IWorkflowStore
{
    private readonly RowMapper _map;
    private readonly PooledDbContextFactory<WorkflowDbContext> _contexts;

    /// <summary>
    /// SQLite has one writer at a time; a second one would spin on SQLITE_BUSY with sleeps. Commits of this
    /// process therefore queue here instead; other providers lock rows themselves.
    /// </summary>
    private readonly SemaphoreSlim? _singleWriter;

    /// <summary>EF Core keeps Guids as text on SQLite and as uuid elsewhere; raw statements must bind them alike.</summary>
    private readonly bool _guidsAsText;

    public EfWorkflowStore(DbContextOptions<WorkflowDbContext> options, TimeSpan? displayOffset = null)
    {
        _map = new RowMapper(new StoredTime(displayOffset ?? TimeSpan.FromHours(7)));
        _contexts = new PooledDbContextFactory<WorkflowDbContext>(options);
        using var probe = _contexts.CreateDbContext();
        _guidsAsText = probe.Database.IsSqlite();
        _singleWriter = _guidsAsText ? new SemaphoreSlim(1, 1) : null;
    }

    private WorkflowDbContext Open()
    {
        var db = _contexts.CreateDbContext();
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
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var sql = Session(db, null);
        await using var reader = await sql.QueryAsync(WorkflowSql.LatestDefinition, cancellationToken, key);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return _map.ToRecord(new DefinitionRow
        {
            Id = sql.ReadGuid(reader, 0), Key = reader.GetString(1), Version = reader.GetInt32(2), Name = reader.NullableString(3),
            FileName = reader.GetString(4), Xml = reader.GetString(5), ContentHash = reader.GetString(6), DeployedAtTicks = reader.GetInt64(7),
            DeployedBy = reader.NullableString(8),
        });
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
        var rows = key is null ? db.Definitions : db.Definitions.Where(d => d.Key == key);
        var list = await rows.OrderBy(d => d.Key).ThenBy(d => d.Version).ToListAsync(cancellationToken);
        return list.Select(_map.ToRecord).ToList();
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
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var sql = Session(db, null);
        return await new InstanceReader(_map).LoadAsync(sql, instanceId, cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> ReplaceStartTimersAsync(string processKey, IReadOnlyList<StartTimerState> timers, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var old = await db.StartTimers.Where(t => t.ProcessKey == processKey).ToListAsync(cancellationToken);
        db.StartTimers.RemoveRange(old);
        db.StartTimers.AddRange(timers.Select(t => new StartTimerRow
        {
            Id = t.Id, DefinitionId = t.DefinitionId, ProcessKey = t.ProcessKey, ElementId = t.ElementId,
            DueAtTicks = StoredTime.Ticks(t.DueAt), RemainingRepetitions = t.RemainingRepetitions,
        }));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        return old.Select(t => t.Id).ToList();
    }

    public async Task<StartTimerState?> FindStartTimerAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var row = await db.StartTimers.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return row is null
            ? null
            : new StartTimerState(row.Id, row.DefinitionId, row.ProcessKey, row.ElementId, _map.Time.Read(row.DueAtTicks), row.RemainingRepetitions);
    }

    public async Task<InstanceState?> LoadInstanceOfTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var sql = Session(db, null);
        return await new InstanceReader(_map).LoadOwnerOfTaskAsync(sql, taskId, cancellationToken);
    }

    private SqlSession Session(WorkflowDbContext db, System.Data.Common.DbTransaction? transaction) =>
        new(db.Database.GetDbConnection(), transaction, _guidsAsText);

    public async Task<Guid?> FindInstanceOfIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        return await db.Incidents.Where(i => i.Id == incidentId).Select(i => (Guid?)i.InstanceId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BookmarkRef>> FindMessageWaitersAsync(string messageName, string? correlationKey, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var kind = (int)BookmarkKind.Message;
        var rows = db.Bookmarks.Where(b => b.Kind == kind && b.MessageName == messageName);
        if (correlationKey is not null)
        {
            rows = rows.Where(b => b.CorrelationKey == correlationKey);
        }

        return await rows
            .Select(b => new BookmarkRef(b.InstanceId, b.Id))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BookmarkRef>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var kind = (int)BookmarkKind.Timer;
        var ticks = StoredTime.Ticks(dueBy);
        var bookmarks = await db.Bookmarks
            .Where(b => b.Kind == kind && b.DueAtTicks <= ticks)
            .OrderBy(b => b.DueAtTicks)
            .Take(limit)
            .Select(b => new { Due = b.DueAtTicks!.Value, Ref = new BookmarkRef(b.InstanceId, b.Id) })
            .ToListAsync(cancellationToken);
        var starts = await db.StartTimers
            .Where(t => t.DueAtTicks <= ticks)
            .OrderBy(t => t.DueAtTicks)
            .Take(limit)
            .Select(t => new { Due = t.DueAtTicks, Ref = new BookmarkRef(Guid.Empty, t.Id) })
            .ToListAsync(cancellationToken);
        return bookmarks.Concat(starts).OrderBy(x => x.Due).Take(limit).Select(x => x.Ref).ToList();
    }

    public async Task<IReadOnlyList<TimerSchedule>> ListTimersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var kind = (int)BookmarkKind.Timer;
        var rows = await db.Bookmarks.Where(b => b.Kind == kind && b.DueAtTicks != null)
            .Select(b => new { b.InstanceId, b.Id, b.DueAtTicks })
            .ToListAsync(cancellationToken);
        var starts = await db.StartTimers.Select(t => new { t.Id, t.DueAtTicks }).ToListAsync(cancellationToken);
        var time = new StoredTime(TimeSpan.Zero);
        return rows.Select(r => new TimerSchedule(new BookmarkRef(r.InstanceId, r.Id), time.Read(r.DueAtTicks!.Value)))
            .Concat(starts.Select(t => new TimerSchedule(new BookmarkRef(Guid.Empty, t.Id), time.Read(t.DueAtTicks))))
            .ToList();
    }

    public async Task<DateTimeOffset?> FindNextTimerDueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var kind = (int)BookmarkKind.Timer;
        var bookmark = await db.Bookmarks.Where(b => b.Kind == kind).MinAsync(b => b.DueAtTicks, cancellationToken);
        var start = await db.StartTimers.MinAsync(t => (long?)t.DueAtTicks, cancellationToken);
        var ticks = bookmark is null ? start : start is null ? bookmark : Math.Min(bookmark.Value, start.Value);
        return ticks is null ? null : new StoredTime(TimeSpan.Zero).Read(ticks.Value);
    }

    public async Task CommitAsync(IReadOnlyCollection<InstanceState> instances, StartTimerChange? startTimer = null, CancellationToken cancellationToken = default)
    {
        if (_singleWriter is null)
        {
            await CommitNowAsync(instances, startTimer, cancellationToken);
            return;
        }

        await _singleWriter.WaitAsync(cancellationToken);
        try
        {
            await CommitNowAsync(instances, startTimer, cancellationToken);
        }
        finally
        {
            _singleWriter.Release();
        }
    }

    private async Task CommitNowAsync(IReadOnlyCollection<InstanceState> instances, StartTimerChange? startTimer, CancellationToken cancellationToken)
    {
        await using var db = Open();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
        await using (var sql = Session(db, transaction))
        {
            if (startTimer is not null)
            {
                await ChangeWriter.WriteStartTimerAsync(sql, startTimer, cancellationToken);
            }

            foreach (var state in instances)
            {
                await ChangeWriter.WriteAsync(sql, state, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UserTaskInfo>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var list = await FilterTasks(db, query)
            .OrderBy(t => t.DueAtTicks == null).ThenBy(t => t.DueAtTicks).ThenBy(t => t.CreatedAtTicks)
            .Skip(query.Skip).Take(query.Take)
            .ToListAsync(cancellationToken);
        return list.Select(_map.ToInfo).ToList();
    }

    public async Task<int> CountTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        return await FilterTasks(db, query).CountAsync(cancellationToken);
    }

    private static IQueryable<TaskRow> FilterTasks(WorkflowDbContext db, TaskQuery query)
    {
        // Filters are added only when given: "@p IS NULL OR column = @p" would stop the database using its indexes.
        IQueryable<TaskRow> rows = db.Tasks;
        if (query.InstanceId is { } instanceId)
        {
            rows = rows.Where(t => t.InstanceId == instanceId);
        }

        if (query.Assignee is { } assignee)
        {
            rows = rows.Where(t => t.Assignee == assignee);
        }

        if (query.UnassignedOnly)
        {
            rows = rows.Where(t => t.Assignee == null);
        }

        if (query.CandidateRole is { } role)
        {
            rows = rows.Where(t => t.CandidateRole == role);
        }

        // No "IS NOT NULL" beside the IN lists: SQLite reads it as a range and stops using the index for the IN.
        if (query.CandidateRoles is { } roles)
        {
            var list = roles.Select(r => (string?)r).ToList();
            rows = rows.Where(t => list.Contains(t.CandidateRole));
        }

        if (query.CandidateUnit is { } unit)
        {
            rows = rows.Where(t => t.CandidateUnit == unit);
        }

        if (query.CandidateUnits is { } units)
        {
            var list = units.Select(u => (string?)u).ToList();
            rows = rows.Where(t => list.Contains(t.CandidateUnit));
        }

        if (query.OpenOnly)
        {
            var open = (int)UserTaskStatus.Open;
            rows = rows.Where(t => t.Status == open);
        }

        if (!string.IsNullOrEmpty(query.BusinessKeyContains))
        {
            var pattern = "%" + LikePattern.Escape(query.BusinessKeyContains) + "%";
            var keys = (query.OrBusinessKeys ?? []).ToList();
            rows = rows.Where(t => t.BusinessKey != null
                && (EF.Functions.Like(t.BusinessKey, pattern, LikePattern.EscapeCharacter) || keys.Contains(t.BusinessKey)));
        }

        return rows;
    }

    public async Task<UserTaskInfo?> FindTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var row = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        return row is null ? null : _map.ToInfo(row);
    }

    public async Task<IReadOnlyList<WorkflowEvent>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var processId = await db.Instances.Where(i => i.Id == instanceId).Select(i => i.ProcessId).FirstOrDefaultAsync(cancellationToken) ?? "";
        var pages = await db.Journal.Where(j => j.InstanceId == instanceId).OrderBy(j => j.FirstSeq).ToListAsync(cancellationToken);
        return pages.SelectMany(page => JournalPage.Unpack(page, processId)).ToList();
    }

    public async Task<IReadOnlyList<IncidentInfo>> QueryIncidentsAsync(Guid? instanceId, bool openOnly, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        IQueryable<IncidentRow> rows = db.Incidents;
        if (instanceId is { } id)
        {
            rows = rows.Where(i => i.InstanceId == id);
        }

        if (openOnly)
        {
            rows = rows.Where(i => i.ResolvedAtTicks == null);
        }

        var list = await rows.OrderBy(i => i.CreatedAtTicks).ToListAsync(cancellationToken);
        return list.Select(_map.ToInfo).ToList();
    }

    public async Task<IReadOnlyList<InstanceSummary>> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        IQueryable<InstanceRow> rows = db.Instances;
        if (query.ProcessId is { } processId)
        {
            rows = rows.Where(i => i.ProcessId == processId);
        }

        if (query.DefinitionId is { } definitionId)
        {
            rows = rows.Where(i => i.DefinitionId == definitionId);
        }

        if (query.BusinessKey is { } businessKey)
        {
            rows = rows.Where(i => i.BusinessKey == businessKey);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(i => i.Status == (int)status);
        }

        var list = await rows
            .OrderBy(i => i.StartedAtTicks)
            .Skip(query.Skip).Take(query.Take)
            .Join(db.Definitions, i => i.DefinitionId, d => d.Id, (i, d) => new { i, d.Version })
            .ToListAsync(cancellationToken);
        return list.Select(x =>
        {
            var s = _map.ToState(x.i);
            return new InstanceSummary(s.Id, s.DefinitionId, s.ProcessId, x.Version, s.BusinessKey, s.Status, s.StartedAt, s.EndedAt, s.ParentInstanceId);
        }).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, int>> CountInstancesByDefinitionAsync(InstanceStatus status, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        return await db.Instances
            .Where(i => i.Status == (int)status)
            .GroupBy(i => i.DefinitionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }
}
