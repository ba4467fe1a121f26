using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Parsing;
using Thads.Workflows.Runtime.Execution;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Runtime;

/// <summary>
/// The BPMN engine. Every public operation is one stimulus: it loads what it needs, runs until every
/// token waits, and commits all changes in one transaction, or none. Thread-safe.
/// Build one with <see cref="WorkflowEngineBuilder"/>.
/// </summary>
public sealed class WorkflowEngine
{
    private readonly EngineContext _context;
    private readonly IReadOnlyList<IWorkflowObserver> _observers;
    private readonly IWorkflowTimerScheduler? _timers;

    internal WorkflowEngine(EngineContext context, IReadOnlyList<IWorkflowObserver> observers, IWorkflowTimerScheduler? timers = null)
    {
        _context = context;
        _observers = observers;
        _timers = timers;
    }

    public IWorkflowClock Clock => _context.Clock;

    /// <summary>Creates or upgrades the store's schema. Call once before anything else.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _context.Store.InitializeAsync(cancellationToken);

    /// <summary>The deploy dry-run: parse, validate, and check that every service task's activity is registered.</summary>
    public IReadOnlyList<BpmnProblem> Validate(string xml, string fileName) => ParseForDeployment(xml, fileName).Problems;

    /// <summary>
    /// Deploys every executable process of a BPMN file. Changed XML makes version n+1 of a process key;
    /// identical XML is a no-op; an invalid file stores nothing.
    /// </summary>
    public async Task<DeploymentResult> DeployAsync(string xml, string fileName, string? actor = null, CancellationToken cancellationToken = default)
    {
        var (document, problems) = ParseForDeployment(xml, fileName);
        if (document is null)
        {
            return new DeploymentResult([], problems);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml.ReplaceLineEndings("\n"))));
        var deployed = new List<DeployedDefinition>();
        foreach (var process in document.ExecutableProcesses)
        {
            var latest = await _context.Store.FindLatestDefinitionAsync(process.Id, cancellationToken);
            if (latest is not null && latest.ContentHash == hash)
            {
                deployed.Add(new DeployedDefinition(latest.Id, latest.Key, latest.Version, IsNew: false));
                continue;
            }

            var record = new DefinitionRecord(
                Guid.CreateVersion7(), process.Id, (latest?.Version ?? 0) + 1, process.Name, Path.GetFileName(fileName), xml, hash,
                _context.Clock.Now, actor);
            await _context.Store.AddDefinitionAsync(record, cancellationToken);
            _context.Cache(record);
            await ScheduleStartTimersAsync(record, process, cancellationToken);
            deployed.Add(new DeployedDefinition(record.Id, record.Key, record.Version, IsNew: true));
        }

        return new DeploymentResult(deployed, []);
    }

    /// <summary>
    /// The latest version owns the timer start events of its key: deploying a version replaces the earlier
    /// version's start timers with its own (none when it has none).
    /// </summary>
    private async Task ScheduleStartTimersAsync(DefinitionRecord record, ProcessModel process, CancellationToken cancellationToken)
    {
        var now = _context.Clock.Now;
        var timers = new List<StartTimerState>();
        foreach (var start in process.TimerStarts)
        {
            var due = TimerMath.FirstDue(start.Timer!, StartTimerText(start.Timer!), now, _context.Calendar);
            timers.Add(new StartTimerState(Guid.CreateVersion7(), record.Id, record.Key, start.Id, due.At, due.RemainingRepetitions));
        }

        var removed = await _context.Store.ReplaceStartTimersAsync(record.Key, timers, cancellationToken);
        if (_timers is not null && (timers.Count > 0 || removed.Count > 0))
        {
            await ApplyToSchedulerAsync(
                timers.Select(t => new TimerSchedule(new BookmarkRef(Guid.Empty, t.Id), t.DueAt)).ToList(),
                removed.Select(id => new BookmarkRef(Guid.Empty, id)).ToList(),
                cancellationToken);
        }
    }

    /// <summary>A start timer's text; an expression there sees no variables, since no instance exists yet.</summary>
    private string StartTimerText(TimerDefinition timer) =>
        ExpressionText.TryUnwrap(timer.Expression, out var expression)
            ? _context.Scripts.Evaluate(expression, new Dictionary<string, JsonNode?>())?.ToString() ?? ""
            : timer.Expression;

    private (BpmnDocument? Document, IReadOnlyList<BpmnProblem> Problems) ParseForDeployment(string xml, string fileName)
    {
        var parsed = _context.Parser.Parse(xml, fileName);
        if (parsed.Document is not { } document)
        {
            return (null, parsed.Problems);
        }

        var problems = document.Processes
            .SelectMany(p => p.AllNodes)
            .OfType<ServiceTaskNode>()
            .Where(task => !_context.Activities.TryGet(task.ActivityType, out _))
            .Select(task => new BpmnProblem(
                task.Location.File, task.Location.Line, task.Location.Column, task.Id, "unknown-activity",
                $"Service task '{task.Id}' uses activity '{task.ActivityType}', which is not registered."))
            .ToList();
        return problems.Count == 0 ? (document, []) : (null, problems);
    }

    public Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(string? key = null, CancellationToken cancellationToken = default) =>
        _context.Store.ListDefinitionsAsync(key, cancellationToken);

    /// <summary>Starts an instance of the latest (or the given) version of a process.</summary>
    public async Task<InstanceSnapshot> StartAsync(string processKey, StartOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new StartOptions();
        var record = options.Version is { } version
            ? (await _context.Store.ListDefinitionsAsync(processKey, cancellationToken)).FirstOrDefault(d => d.Version == version)
            : await _context.Store.FindLatestDefinitionAsync(processKey, cancellationToken);
        if (record is null)
        {
            throw new WorkflowNotFoundException($"Process '{processKey}'{(options.Version is { } v ? $" version {v}" : "")} is not deployed.");
        }

        var run = new ExecutionRun(_context, options.Actor, cancellationToken);
        var instance = run.StartInstance(_context.Cache(record), ToJson(options.Variables), options.BusinessKey);
        await FinishAsync(run, cancellationToken);
        return Snapshot(instance);
    }

    /// <summary>
    /// Completes an open user task with the given variables. A task that is no longer open, or a
    /// concurrent change to the same instance, gives <see cref="WorkflowConflictException"/> and changes nothing;
    /// an activity that refuses what was entered gives <see cref="Activities.TaskInputRefusedException"/> and
    /// the task stays open.
    /// </summary>
    /// <returns>The task's instance after the completion, with its open tasks.</returns>
    public async Task<InstanceSnapshot> CompleteTaskAsync(Guid taskId, IReadOnlyDictionary<string, object?>? variables = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        var run = new ExecutionRun(_context, actor, cancellationToken);
        var instance = await run.TryGetInstanceOfTaskAsync(taskId)
            ?? throw new WorkflowNotFoundException($"Task {taskId} does not exist.");
        if (!instance.Tasks.TryGetValue(taskId, out var task) || task.Status != UserTaskStatus.Open)
        {
            throw new WorkflowConflictException($"Task {taskId} is no longer open (it was completed or cancelled).");
        }

        await run.CompleteUserTaskAsync(instance, task, ToJson(variables));
        await FinishAsync(run, cancellationToken);
        return Snapshot(instance);
    }

    /// <summary>
    /// Delivers a message to every receive task or message catch event waiting for <paramref name="messageName"/>
    /// in an instance with the business key (any instance when null). Returns how many received it.
    /// </summary>
    public async Task<int> CorrelateMessageAsync(string messageName, string? businessKey, IReadOnlyDictionary<string, object?>? variables = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        var waiters = await _context.Store.FindMessageWaitersAsync(messageName, businessKey, cancellationToken);
        if (waiters.Count == 0)
        {
            return 0;
        }

        var run = new ExecutionRun(_context, actor, cancellationToken);
        var delivered = 0;
        var values = ToJson(variables);
        foreach (var waiter in waiters)
        {
            var instance = await run.TryGetInstanceAsync(waiter.InstanceId);
            if (instance is not null && run.DeliverMessage(instance, waiter.BookmarkId, values))
            {
                delivered++;
            }
        }

        await FinishAsync(run, cancellationToken);
        return delivered;
    }

    /// <summary>
    /// Fires every timer due by the clock's now, one stimulus per timer. A timer whose activity ended in
    /// the meantime, or that another node fired first, is skipped. Returns how many fired.
    /// </summary>
    public async Task<int> FireDueTimersAsync(int limit = 1000, CancellationToken cancellationToken = default)
    {
        var due = await _context.Store.FindDueTimersAsync(_context.Clock.Now, limit, cancellationToken);
        var fired = 0;
        foreach (var timer in due)
        {
            if (await FireTimerAsync(timer, cancellationToken))
            {
                fired++;
            }
        }

        return fired;
    }

    /// <summary>
    /// Fires one timer bookmark, or a timer start event (starting a new instance); false when it no longer
    /// exists, is not due yet, or someone else fired or changed it first.
    /// </summary>
    public async Task<bool> FireTimerAsync(BookmarkRef timer, CancellationToken cancellationToken = default)
    {
        if (timer.IsStartTimer)
        {
            return await FireStartTimerAsync(timer.BookmarkId, cancellationToken);
        }

        var run = new ExecutionRun(_context, null, cancellationToken);
        var instance = await run.TryGetInstanceAsync(timer.InstanceId);
        if (instance is null || !run.FireTimer(instance, timer.BookmarkId))
        {
            return false;
        }

        try
        {
            await FinishAsync(run, cancellationToken);
            return true;
        }
        catch (WorkflowConflictException)
        {
            return false;
        }
    }

    private async Task<bool> FireStartTimerAsync(Guid startTimerId, CancellationToken cancellationToken)
    {
        var timer = await _context.Store.FindStartTimerAsync(startTimerId, cancellationToken);
        if (timer is null || timer.DueAt > _context.Clock.Now)
        {
            return false;
        }

        var process = await _context.GetDeployedAsync(timer.DefinitionId, cancellationToken);
        var start = (StartEventNode)process.Node(timer.ElementId);
        var run = new ExecutionRun(_context, null, cancellationToken);
        DateTimeOffset? next = null;
        int? remaining = null;
        if (start.Timer!.Kind == TimerKind.Cycle && timer.RemainingRepetitions is { } left && left != 0)
        {
            next = TimerMath.NextCycleDue(start.Timer, StartTimerText(start.Timer), timer.DueAt, _context.Calendar);
            remaining = next is null ? null : left > 0 ? left - 1 : left;
        }

        run.StartTimer = new StartTimerChange(timer.Id, timer.DueAt, next, remaining);
        run.StartInstance(process, new Dictionary<string, JsonNode?>(), businessKey: null, startEvent: start);
        try
        {
            await FinishAsync(run, cancellationToken);
            return true;
        }
        catch (WorkflowConflictException)
        {
            return false;
        }
    }

    /// <summary>
    /// After the working-day calendar changed: counts every waiting working-day timer again from when it was
    /// set, moves those whose due time changed (one transaction per instance) and tells the scheduler.
    /// Returns how many timers moved.
    /// </summary>
    public async Task<int> RecountWorkingDayTimersAsync(CancellationToken cancellationToken = default)
    {
        var moved = 0;
        var timers = await _context.Store.ListTimersAsync(cancellationToken);
        foreach (var instanceId in timers.Where(t => !t.Timer.IsStartTimer).Select(t => t.Timer.InstanceId).Distinct())
        {
            var run = new ExecutionRun(_context, "calendar", cancellationToken);
            var instance = await run.TryGetInstanceAsync(instanceId);
            if (instance is null || instance.IsEnded)
            {
                continue;
            }

            var changed = instance.Bookmarks.Values.ToList().Count(bookmark => run.RecountWorkingDayTimer(instance, bookmark));
            if (changed == 0)
            {
                continue;
            }

            try
            {
                await FinishAsync(run, cancellationToken);
                moved += changed;
            }
            catch (WorkflowConflictException)
            {
                // The instance moved on meanwhile; its timers were set with the new calendar anyway.
            }
        }

        return moved;
    }

    public Task<DateTimeOffset?> NextTimerDueAsync(CancellationToken cancellationToken = default) =>
        _context.Store.FindNextTimerDueAsync(cancellationToken);

    /// <summary>Resolves an incident and re-runs the step that failed.</summary>
    public async Task RetryIncidentAsync(Guid incidentId, string? actor = null, CancellationToken cancellationToken = default)
    {
        var instanceId = await _context.Store.FindInstanceOfIncidentAsync(incidentId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Incident {incidentId} does not exist.");
        var run = new ExecutionRun(_context, actor, cancellationToken);
        var instance = await run.GetInstanceAsync(instanceId);
        if (!instance.Incidents.TryGetValue(incidentId, out var incident) || incident.ResolvedAt is not null)
        {
            throw new WorkflowConflictException($"Incident {incidentId} is already resolved.");
        }

        run.RetryIncident(instance, incident);
        await FinishAsync(run, cancellationToken);
    }

    /// <summary>
    /// Hands an instance's work from one person to another (an executor replaced, a handover): its open tasks
    /// assigned to <paramref name="fromAssignee"/> go to <paramref name="toAssignee"/>, and the given variables
    /// are set so later tasks follow too. One stimulus; returns how many tasks moved.
    /// </summary>
    public async Task<int> ReassignAsync(
        Guid instanceId,
        string fromAssignee,
        string toAssignee,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? actor = null,
        CancellationToken cancellationToken = default)
    {
        var run = new ExecutionRun(_context, actor, cancellationToken);
        var instance = await run.GetInstanceAsync(instanceId);
        if (instance.IsEnded)
        {
            return 0;
        }

        var moved = run.Reassign(instance, fromAssignee, toAssignee, ToJson(variables));
        await FinishAsync(run, cancellationToken);
        return moved;
    }

    /// <summary>Terminates a running instance (and the processes it called).</summary>
    public async Task TerminateAsync(Guid instanceId, string reason, string? actor = null, CancellationToken cancellationToken = default)
    {
        var run = new ExecutionRun(_context, actor, cancellationToken);
        var instance = await run.GetInstanceAsync(instanceId);
        if (instance.IsEnded)
        {
            throw new WorkflowConflictException($"Process instance {instanceId} has already ended.");
        }

        run.TerminateInstance(instance, reason, notifyCaller: false);
        await FinishAsync(run, cancellationToken);
    }

    public async Task<InstanceSnapshot?> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var state = await _context.Store.LoadInstanceAsync(instanceId, cancellationToken);
        return state is null ? null : Snapshot(state);
    }

    public Task<IReadOnlyList<UserTaskInfo>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default) =>
        _context.Store.QueryTasksAsync(query, cancellationToken);

    /// <summary>One task by id, open or ended; null when there is none.</summary>
    public Task<UserTaskInfo?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        _context.Store.FindTaskAsync(taskId, cancellationToken);

    public Task<IReadOnlyList<WorkflowEvent>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        _context.Store.ReadJournalAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<IncidentInfo>> QueryIncidentsAsync(Guid? instanceId = null, bool openOnly = true, CancellationToken cancellationToken = default) =>
        _context.Store.QueryIncidentsAsync(instanceId, openOnly, cancellationToken);

    public Task<IReadOnlyList<InstanceSummary>> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default) =>
        _context.Store.QueryInstancesAsync(query, cancellationToken);

    /// <summary>Every waiting timer, for a scheduler to rebuild its alarms from the database on start.</summary>
    public Task<IReadOnlyList<TimerSchedule>> ListTimersAsync(CancellationToken cancellationToken = default) =>
        _context.Store.ListTimersAsync(cancellationToken);

    private async Task FinishAsync(ExecutionRun run, CancellationToken cancellationToken)
    {
        await run.RunAsync();
        await _context.Store.CommitAsync(run.Touched, run.StartTimer, cancellationToken);
        if (_timers is not null)
        {
            await NotifyTimersAsync(run.Touched, run.StartTimer, cancellationToken);
        }

        foreach (var instance in run.Touched)
        {
            instance.AcceptChanges();
        }

        if (run.Events.Count > 0)
        {
            foreach (var observer in _observers)
            {
                observer.OnEvents(run.Events);
            }
        }
    }

    private async Task NotifyTimersAsync(IReadOnlyCollection<InstanceState> committed, StartTimerChange? startTimer, CancellationToken cancellationToken)
    {
        var scheduled = new List<TimerSchedule>();
        var removed = new List<BookmarkRef>();
        if (startTimer is not null)
        {
            var reference = new BookmarkRef(Guid.Empty, startTimer.Id);
            if (startTimer.NextDueAt is { } next)
            {
                scheduled.Add(new TimerSchedule(reference, next));
            }
            else
            {
                removed.Add(reference);
            }
        }

        foreach (var instance in committed)
        {
            foreach (var id in instance.BookmarkChanges.Added.Concat(instance.BookmarkChanges.Modified))
            {
                if (instance.Bookmarks[id] is { Kind: BookmarkKind.Timer, DueAt: { } due })
                {
                    scheduled.Add(new TimerSchedule(new BookmarkRef(instance.Id, id), due));
                }
            }

            removed.AddRange(instance.BookmarkChanges.Removed.Select(id => new BookmarkRef(instance.Id, id)));
        }

        if (scheduled.Count > 0 || removed.Count > 0)
        {
            await ApplyToSchedulerAsync(scheduled, removed, cancellationToken);
        }
    }

    private async Task ApplyToSchedulerAsync(List<TimerSchedule> scheduled, List<BookmarkRef> removed, CancellationToken cancellationToken)
    {
        try
        {
            await _timers!.ApplyAsync(scheduled, removed, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The commit stands. A missed alarm is caught by the periodic sweep of due timers; a stale one
            // fires nothing because the bookmark is gone.
        }
    }

    private static InstanceSnapshot Snapshot(InstanceState state) => new(
        state.Id,
        state.DefinitionId,
        state.ProcessId,
        state.BusinessKey,
        state.Status,
        state.StartedAt,
        state.EndedAt,
        state.ParentInstanceId,
        // The state is this call's private copy (stores hand out copies), so its variables can be shared as they are.
        state.Variables[Guid.Empty].AsReadOnly(),
        state.Tokens.Values.Select(t => new TokenPosition(t.Id, t.ElementId, t.Status, t.ParentId)).ToList(),
        state.Tasks.Values.Where(t => t.Status == UserTaskStatus.Open).OrderBy(t => t.CreatedAt).Select(t => t.ToInfo(state)).ToList());

    private static Dictionary<string, JsonNode?> ToJson(IReadOnlyDictionary<string, object?>? values)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (values is null)
        {
            return result;
        }

        foreach (var (name, value) in values)
        {
            result[name] = value switch
            {
                null => null,
                JsonNode node => node.DeepClone(),
                JsonElement element => JsonNode.Parse(element.GetRawText()),
                _ => JsonSerializer.SerializeToNode(value, value.GetType()),
            };
        }

        return result;
    }
}
