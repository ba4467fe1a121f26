using Thads.Workflows.Runtime;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Persistence;

/// <summary>
/// A store in process memory: for the CLI, tests and benchmarks. It keeps the same rules as the durable
/// store (private copies, all-or-nothing commits, version checks), under one lock.
/// </summary>
internal sealed class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, DefinitionRecord> _definitions = [];
    private readonly Dictionary<Guid, InstanceState> _instances = [];
    private readonly Dictionary<Guid, UserTaskInfo> _tasks = [];
    private readonly Dictionary<Guid, IncidentInfo> _incidents = [];
    private readonly Dictionary<Guid, List<WorkflowEvent>> _journal = [];
    private readonly Dictionary<Guid, StartTimerState> _startTimers = [];

    /// <summary>Keeps ended instances' journals and tasks; benchmarks turn it off to measure the engine alone.</summary>
    public bool KeepHistory { get; init; } = true;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<DefinitionRecord?> FindLatestDefinitionAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_definitions.Values.Where(d => d.Key == key).MaxBy(d => d.Version));
        }
    }

    public Task<DefinitionRecord?> FindDefinitionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_definitions.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(string? key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<DefinitionRecord> list = _definitions.Values
                .Where(d => key is null || d.Key == key)
                .OrderBy(d => d.Key, StringComparer.Ordinal).ThenBy(d => d.Version)
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task AddDefinitionAsync(DefinitionRecord definition, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_definitions.Values.Any(d => d.Key == definition.Key && d.Version == definition.Version))
            {
                throw new WorkflowConflictException($"Process '{definition.Key}' version {definition.Version} was deployed concurrently.");
            }

            _definitions[definition.Id] = definition;
        }

        return Task.CompletedTask;
    }

    public Task<InstanceState?> LoadInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_instances.TryGetValue(instanceId, out var state) ? state.Clone() : null);
        }
    }

    public Task<InstanceState?> LoadInstanceOfTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var state = _tasks.TryGetValue(taskId, out var task) ? _instances.GetValueOrDefault(task.InstanceId) : null;
            return Task.FromResult(state?.Clone());
        }
    }

    public Task<Guid?> FindInstanceOfIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_incidents.TryGetValue(incidentId, out var incident) ? incident.InstanceId : (Guid?)null);
        }
    }

    public Task<IReadOnlyList<BookmarkRef>> FindMessageWaitersAsync(string messageName, string? correlationKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<BookmarkRef> list = _instances.Values
                .SelectMany(i => i.Bookmarks.Values
                    .Where(b => b.Kind == BookmarkKind.Message && b.MessageName == messageName
                        && (correlationKey is null || b.CorrelationKey == correlationKey))
                    .Select(b => new BookmarkRef(i.Id, b.Id)))
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<BookmarkRef>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<BookmarkRef> list = _instances.Values
                .SelectMany(i => i.Bookmarks.Values
                    .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt <= dueBy)
                    .Select(b => (Due: b.DueAt!.Value, Ref: new BookmarkRef(i.Id, b.Id))))
                .Concat(_startTimers.Values.Where(t => t.DueAt <= dueBy).Select(t => (Due: t.DueAt, Ref: new BookmarkRef(Guid.Empty, t.Id))))
                .OrderBy(x => x.Due)
                .Take(limit)
                .Select(x => x.Ref)
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<TimerSchedule>> ListTimersAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<TimerSchedule> list = _instances.Values
                .SelectMany(i => i.Bookmarks.Values
                    .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt is not null)
                    .Select(b => new TimerSchedule(new BookmarkRef(i.Id, b.Id), b.DueAt!.Value)))
                .Concat(_startTimers.Values.Select(t => new TimerSchedule(new BookmarkRef(Guid.Empty, t.Id), t.DueAt)))
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<DateTimeOffset?> FindNextTimerDueAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var next = _instances.Values
                .SelectMany(i => i.Bookmarks.Values)
                .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt is not null)
                .Select(b => b.DueAt)
                .Concat(_startTimers.Values.Select(t => (DateTimeOffset?)t.DueAt))
                .Min();
            return Task.FromResult(next);
        }
    }

    public Task<IReadOnlyList<Guid>> ReplaceStartTimersAsync(string processKey, IReadOnlyList<StartTimerState> timers, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Guid> removed = _startTimers.Values.Where(t => t.ProcessKey == processKey).Select(t => t.Id).ToList();
            foreach (var id in removed)
            {
                _startTimers.Remove(id);
            }

            foreach (var timer in timers)
            {
                _startTimers[timer.Id] = timer;
            }

            return Task.FromResult(removed);
        }
    }

    public Task<StartTimerState?> FindStartTimerAsync(Guid id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_startTimers.GetValueOrDefault(id));
        }
    }

    public Task CommitAsync(IReadOnlyCollection<InstanceState> instances, StartTimerChange? startTimer = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (startTimer is not null && (!_startTimers.TryGetValue(startTimer.Id, out var current) || current.DueAt != startTimer.FiredDueAt))
            {
                throw new WorkflowConflictException($"Start timer {startTimer.Id} was fired or replaced by someone else; nothing was saved.");
            }

            foreach (var state in instances)
            {
                var stored = _instances.GetValueOrDefault(state.Id);
                if (state.IsNew ? stored is not null : stored is null || stored.Version != state.Version)
                {
                    throw new WorkflowConflictException($"Instance {state.Id} was changed by someone else; nothing was saved.");
                }
            }

            foreach (var state in instances)
            {
                RecordHistory(state);
                var copy = state.Clone();
                copy.AcceptChanges();
                if (!KeepHistory && copy.IsEnded)
                {
                    _instances.Remove(state.Id);
                    continue;
                }

                _instances[state.Id] = copy;
            }

            if (startTimer is not null)
            {
                if (startTimer.NextDueAt is { } next)
                {
                    _startTimers[startTimer.Id] = _startTimers[startTimer.Id] with { DueAt = next, RemainingRepetitions = startTimer.RemainingRepetitions };
                }
                else
                {
                    _startTimers.Remove(startTimer.Id);
                }
            }
        }

        return Task.CompletedTask;
    }

    private void RecordHistory(InstanceState state)
    {
        foreach (var id in state.TaskChanges.Added.Concat(state.TaskChanges.Modified))
        {
            _tasks[id] = state.Tasks[id].ToInfo(state);
        }

        foreach (var id in state.IncidentChanges.Added.Concat(state.IncidentChanges.Modified))
        {
            var incident = state.Incidents[id];
            _incidents[id] = new IncidentInfo(
                incident.Id, state.Id, state.ProcessId, incident.ElementId, incident.Message, incident.CreatedAt, incident.ResolvedAt);
        }

        if (!KeepHistory)
        {
            if (state.IsEnded)
            {
                foreach (var task in _tasks.Values.Where(t => t.InstanceId == state.Id).Select(t => t.Id).ToList())
                {
                    _tasks.Remove(task);
                }
            }

            return;
        }

        if (!_journal.TryGetValue(state.Id, out var events))
        {
            events = [];
            _journal[state.Id] = events;
        }

        events.AddRange(state.NewEvents);
    }

    public Task<IReadOnlyList<UserTaskInfo>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<UserTaskInfo> list = FilterTasks(query)
                .OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt)
                .Skip(query.Skip).Take(query.Take)
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<int> CountTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(FilterTasks(query).Count());
        }
    }

    private IEnumerable<UserTaskInfo> FilterTasks(TaskQuery query) => _tasks.Values
        .Where(t => query.InstanceId is null || t.InstanceId == query.InstanceId)
        .Where(t => query.Assignee is null || t.Assignee == query.Assignee)
        .Where(t => !query.UnassignedOnly || t.Assignee is null)
        .Where(t => query.CandidateRole is null || t.CandidateRole == query.CandidateRole)
        .Where(t => query.CandidateRoles is null || (t.CandidateRole is { } role && query.CandidateRoles.Contains(role)))
        .Where(t => query.CandidateUnit is null || t.CandidateUnit == query.CandidateUnit)
        .Where(t => query.CandidateUnits is null || (t.CandidateUnit is { } unit && query.CandidateUnits.Contains(unit)))
        .Where(t => !query.OpenOnly || t.Status == UserTaskStatus.Open)
        .Where(t => string.IsNullOrEmpty(query.BusinessKeyContains) || (t.BusinessKey is { } key
            && (key.Contains(query.BusinessKeyContains, StringComparison.OrdinalIgnoreCase) || (query.OrBusinessKeys?.Contains(key) ?? false))));

    public Task<UserTaskInfo?> FindTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_tasks.GetValueOrDefault(taskId));
        }
    }

    public Task<IReadOnlyList<WorkflowEvent>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<WorkflowEvent> list = _journal.TryGetValue(instanceId, out var events) ? events.ToList() : [];
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<IncidentInfo>> QueryIncidentsAsync(Guid? instanceId, bool openOnly, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<IncidentInfo> list = _incidents.Values
                .Where(i => instanceId is null || i.InstanceId == instanceId)
                .Where(i => !openOnly || i.ResolvedAt is null)
                .OrderBy(i => i.CreatedAt)
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<InstanceSummary>> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<InstanceSummary> list = _instances.Values
                .Where(i => query.ProcessId is null || i.ProcessId == query.ProcessId)
                .Where(i => query.DefinitionId is null || i.DefinitionId == query.DefinitionId)
                .Where(i => query.BusinessKey is null || i.BusinessKey == query.BusinessKey)
                .Where(i => query.Status is null || i.Status == query.Status)
                .OrderBy(i => i.StartedAt)
                .Skip(query.Skip).Take(query.Take)
                .Select(i => new InstanceSummary(
                    i.Id, i.DefinitionId, i.ProcessId, _definitions.GetValueOrDefault(i.DefinitionId)?.Version ?? 0,
                    i.BusinessKey, i.Status, i.StartedAt, i.EndedAt, i.ParentInstanceId))
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyDictionary<Guid, int>> CountInstancesByDefinitionAsync(InstanceStatus status, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyDictionary<Guid, int> counts = _instances.Values
                .Where(i => i.Status == status)
                .GroupBy(i => i.DefinitionId)
                .ToDictionary(g => g.Key, g => g.Count());
            return Task.FromResult(counts);
        }
    }
}
