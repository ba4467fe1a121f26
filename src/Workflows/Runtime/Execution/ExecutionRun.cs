using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>
/// One stimulus (start, task completion, message, timer, retry): runs every token it sets moving until
/// all of them wait, and collects the changes of every instance it touched for one commit.
/// Split by concern: activities, flow and gateways, events, scopes.
/// </summary>
internal sealed partial class ExecutionRun
{
    private readonly EngineContext _engine;
    private readonly CancellationToken _cancellation;
    private readonly Dictionary<Guid, InstanceState> _touched = [];
    private readonly Dictionary<Guid, DeployedProcess> _processOf = [];
    private readonly Queue<WorkItem> _agenda = new();
    private readonly List<WorkflowEvent> _events = [];
    private int _steps;

    public ExecutionRun(EngineContext engine, string? actor, CancellationToken cancellation)
    {
        _engine = engine;
        Actor = actor;
        Now = engine.Clock.Now;
        _cancellation = cancellation;
    }

    public string? Actor { get; }

    public DateTimeOffset Now { get; }

    public IReadOnlyCollection<InstanceState> Touched => _touched.Values;

    /// <summary>The start timer this stimulus fired, moved on or removed in the same commit.</summary>
    public StartTimerChange? StartTimer { get; set; }

    /// <summary>Every event of this stimulus in the order it happened, across instances.</summary>
    public IReadOnlyList<WorkflowEvent> Events => _events;

    /// <summary>Loads an instance into this stimulus (once), or returns null when it does not exist.</summary>
    public async Task<InstanceState?> TryGetInstanceAsync(Guid instanceId)
    {
        if (_touched.TryGetValue(instanceId, out var state))
        {
            return state;
        }

        state = await _engine.Store.LoadInstanceAsync(instanceId, _cancellation);
        if (state is null)
        {
            return null;
        }

        return await TrackAsync(state);
    }

    /// <summary>Loads the instance that owns a task (once), or returns null when the task does not exist.</summary>
    public async Task<InstanceState?> TryGetInstanceOfTaskAsync(Guid taskId)
    {
        var state = await _engine.Store.LoadInstanceOfTaskAsync(taskId, _cancellation);
        if (state is null)
        {
            return null;
        }

        if (_touched.TryGetValue(state.Id, out var loaded))
        {
            return loaded;
        }

        return await TrackAsync(state);
    }

    /// <summary>Makes a freshly loaded instance part of this stimulus, with its process definition.</summary>
    private async Task<InstanceState> TrackAsync(InstanceState state)
    {
        _processOf[state.Id] = await _engine.GetDeployedAsync(state.DefinitionId, _cancellation);
        _touched[state.Id] = state;
        return state;
    }

    public async Task<InstanceState> GetInstanceAsync(Guid instanceId) =>
        await TryGetInstanceAsync(instanceId) ?? throw new WorkflowNotFoundException($"Process instance {instanceId} does not exist.");

    public DeployedProcess ProcessOf(InstanceState instance) => _processOf[instance.Id];

    /// <summary>Creates an instance and puts its start token on the agenda.</summary>
    public InstanceState StartInstance(
        DeployedProcess process,
        Dictionary<string, JsonNode?> variables,
        string? businessKey,
        Guid? parentInstanceId = null,
        Guid? parentTokenId = null,
        StartEventNode? startEvent = null)
    {
        var start = startEvent ?? process.Process.NoneStart
            ?? throw new WorkflowNotFoundException($"Process '{process.Process.Id}' has no none start event: it is started only by its timer start events.");
        var instance = new InstanceState
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = process.Record.Id,
            ProcessId = process.Process.Id,
            BusinessKey = businessKey,
            Status = InstanceStatus.Running,
            IsNew = true,
            StartedAt = Now,
            StartedBy = Actor,
            ParentInstanceId = parentInstanceId,
            ParentTokenId = parentTokenId,
        };
        _touched[instance.Id] = instance;
        _processOf[instance.Id] = process;
        instance.Variables[Guid.Empty] = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            SetLocal(instance, Guid.Empty, name, value);
        }

        Emit(instance, WorkflowEventTypes.ProcessStarted, null, detail: $"v{process.Record.Version}");
        var token = NewToken(instance, start.Id, parentId: null);
        if (start.Timer is not null)
        {
            Emit(instance, WorkflowEventTypes.TimerFired, start.Id, token.Id);
        }

        Enqueue(instance, token);
        return instance;
    }

    /// <summary>Works the agenda until every token waits; then lets inclusive joins decide, and repeats.</summary>
    public async Task RunAsync()
    {
        do
        {
            while (_agenda.TryDequeue(out var item))
            {
                _cancellation.ThrowIfCancellationRequested();
                await ProcessAsync(item);
            }
        }
        while (ResolveInclusiveJoins());
    }

    public void Enqueue(InstanceState instance, TokenState token)
    {
        token.Status = TokenStatus.Ready;
        _agenda.Enqueue(new WorkItem(WorkKind.Execute, instance.Id, token.Id));
    }

    private async Task ProcessAsync(WorkItem item)
    {
        switch (item.Kind)
        {
            case WorkKind.Execute:
                var instance = _touched[item.InstanceId];
                if (instance.Tokens.TryGetValue(item.TokenId, out var token) && token.Status == TokenStatus.Ready && !instance.IsEnded)
                {
                    if (++_steps > _engine.MaxStepsPerStimulus)
                    {
                        RaiseIncident(instance, token, $"More than {_engine.MaxStepsPerStimulus} steps without reaching a wait state: the process loops.", IncidentRetry.Execute);
                        return;
                    }

                    await ExecuteAsync(instance, token);
                }

                break;
            case WorkKind.ResumeCaller:
                await ResumeCallerAsync(item);
                break;
            case WorkKind.ThrowInCaller:
                await ThrowInCallerAsync(item);
                break;
            case WorkKind.TerminateCalled:
                await TerminateCalledAsync(item.InstanceId);
                break;
        }
    }

    private async ValueTask ExecuteAsync(InstanceState instance, TokenState token)
    {
        var node = ProcessOf(instance).Node(token.ElementId);
        switch (node)
        {
            case StartEventNode or BoundaryEventNode:
                EmitStarted(instance, token);
                EmitCompleted(instance, token);
                Leave(instance, token, node);
                break;
            case EndEventNode end:
                ExecuteEnd(instance, token, end);
                break;
            case GatewayNode gateway:
                ExecuteGateway(instance, token, gateway);
                break;
            case IntermediateCatchEventNode catchEvent:
                ExecuteCatch(instance, token, catchEvent);
                break;
            case ActivityNode activity:
                await EnterActivityAsync(instance, token, activity);
                break;
            default:
                RaiseIncident(instance, token, $"The engine cannot execute {node.Kind} '{node.Id}'.", IncidentRetry.Execute);
                break;
        }
    }

    public TokenState NewToken(InstanceState instance, string elementId, Guid? parentId, int? loopCounter = null, bool isBody = false)
    {
        var token = new TokenState
        {
            Id = Guid.CreateVersion7(),
            ElementId = elementId,
            ParentId = parentId,
            LoopCounter = loopCounter,
            IsMultiInstanceBody = isBody,
            CreatedAt = Now,
        };
        instance.Tokens.Add(token.Id, token);
        instance.TokenChanges.Add(token.Id);
        return token;
    }

    public void Emit(InstanceState instance, string type, string? elementId, Guid? tokenId = null, Guid? taskId = null, string? detail = null)
    {
        instance.LastSeq++;
        var e = new WorkflowEvent(instance.Id, instance.LastSeq, Now, type, instance.ProcessId, elementId, tokenId, taskId, Actor, detail);
        instance.NewEvents.Add(e);
        _events.Add(e);
    }

    private void EmitStarted(InstanceState instance, TokenState token, string? detail = null) =>
        Emit(instance, WorkflowEventTypes.ActivityStarted, token.ElementId, token.Id, detail: detail);

    private void EmitCompleted(InstanceState instance, TokenState token) =>
        Emit(instance, WorkflowEventTypes.ActivityCompleted, token.ElementId, token.Id);

    /// <summary>Parks the token in an incident: it stays where it is until someone retries.</summary>
    public void RaiseIncident(InstanceState instance, TokenState token, string message, IncidentRetry retry)
    {
        token.Status = TokenStatus.Incident;
        instance.TokenChanges.Modify(token.Id);
        var incident = new IncidentState
        {
            Id = Guid.CreateVersion7(),
            TokenId = token.Id,
            ElementId = token.ElementId,
            Message = message,
            Retry = retry,
            CreatedAt = Now,
        };
        instance.Incidents.Add(incident.Id, incident);
        instance.IncidentChanges.Add(incident.Id);
        Emit(instance, WorkflowEventTypes.Incident, token.ElementId, token.Id, detail: message);
    }

    /// <summary>Resolves an incident and re-runs what failed.</summary>
    public void RetryIncident(InstanceState instance, IncidentState incident)
    {
        incident.ResolvedAt = Now;
        instance.IncidentChanges.Modify(incident.Id);
        Emit(instance, WorkflowEventTypes.IncidentResolved, incident.ElementId, incident.TokenId, detail: "retry");
        if (!instance.Tokens.TryGetValue(incident.TokenId, out var token))
        {
            return;
        }

        if (incident.Retry == IncidentRetry.Leave)
        {
            token.Status = TokenStatus.Ready;
            instance.TokenChanges.Modify(token.Id);
            Leave(instance, token, ProcessOf(instance).Node(token.ElementId));
        }
        else
        {
            Enqueue(instance, token);
            instance.TokenChanges.Modify(token.Id);
        }
    }
}
