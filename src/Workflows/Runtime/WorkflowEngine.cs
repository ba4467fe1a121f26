using System.Text.Json;
using System.Text.Json.Nodes;
using Thads.Workflows.Runtime.Execution;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Runtime;

/// <summary>
/// The BPMN engine. Every public operation is one stimulus: it loads what it needs, runs until every
/// token waits, and commits all changes in one transaction, or none. Thread-safe.
/// Build one with <see cref="WorkflowEngineBuilder"/>.
/// </summary>
public sealed partial class WorkflowEngine
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
