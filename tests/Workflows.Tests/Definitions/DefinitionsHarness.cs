using System.Text.Json.Nodes;
using Thads.Workflows.Forms;
using Thads.Workflows.Runtime;
using Thads.Workflows.Tests.Engine;
using Xunit;

namespace Thads.Workflows.Tests.Definitions;

/// <summary>
/// An in-memory engine on a virtual clock (Monday 2026-01-05 08:00 +07:00) with the five standard processes
/// deployed and the contract doubles registered. <see cref="WalkAsync"/> plays the people: it completes each
/// open task with its form's defaults (plus the answers a scenario gives for that element), and when nobody
/// has anything to do it moves the clock to the next timer.
/// </summary>
internal sealed class DefinitionsHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7));

    private DefinitionsHarness(WorkflowEngine engine, VirtualWorkflowClock clock, RecordingObserver observer)
    {
        Engine = engine;
        Clock = clock;
        Observer = observer;
    }

    public WorkflowEngine Engine { get; }

    public VirtualWorkflowClock Clock { get; }

    public RecordingObserver Observer { get; }

    public IReadOnlyDictionary<string, FormSchema> Forms { get; } = StandardDefinitions.LoadForms();

    /// <summary>The element ids of the tasks completed by <see cref="WalkAsync"/> and <see cref="CompleteAsync"/>, in order.</summary>
    public List<string> Completed { get; } = [];

    public static async Task<DefinitionsHarness> CreateAsync()
    {
        var clock = new VirtualWorkflowClock(Start);
        var observer = new RecordingObserver();
        var engine = new WorkflowEngineBuilder().UseInMemoryStore().UseClock(clock).UseActivities(ContractActivities.CreateRegistry())
            .AddObserver(observer).Build();
        await engine.InitializeAsync();
        foreach (var key in StandardDefinitions.Keys)
        {
            var deployment = await engine.DeployAsync(StandardDefinitions.Xml(key), key + ".bpmn", "tests");
            Assert.True(deployment.IsValid, string.Join(Environment.NewLine, deployment.Problems));
        }

        return new DefinitionsHarness(engine, clock, observer);
    }

    public Task<InstanceSnapshot> StartAsync(string key, string businessKey, object? variables = null) =>
        Engine.StartAsync(key, new StartOptions { BusinessKey = businessKey, Variables = EngineHarness.ToDictionary(variables) });

    /// <summary>Completes open tasks and fires timers until the instance ends, or until <paramref name="stopAt"/> has an open task.</summary>
    public async Task<InstanceSnapshot> WalkAsync(Guid instanceId, Answers? answers = null, string? stopAt = null, int maxSteps = 200)
    {
        for (var step = 0; step < maxSteps; step++)
        {
            var instance = (await Engine.GetInstanceAsync(instanceId))!;
            var incidents = await Engine.QueryIncidentsAsync();
            Assert.True(incidents.Count == 0, string.Join(Environment.NewLine, incidents.Select(i => $"{i.ElementId}: {i.Message}")));
            if (instance.Status != InstanceStatus.Running)
            {
                return instance;
            }

            var tasks = (await Engine.QueryTasksAsync(new TaskQuery { Take = int.MaxValue })).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToList();
            if (stopAt is not null && tasks.Any(t => t.ElementId == stopAt))
            {
                return instance;
            }

            if (tasks.Count > 0)
            {
                await CompleteAsync(tasks[0], answers?.Next(tasks[0].ElementId));
                continue;
            }

            var due = await Engine.NextTimerDueAsync();
            Assert.True(due is not null, $"instance {instance.ProcessId} waits with no task and no timer at {string.Join(", ", instance.Tokens.Select(t => t.ElementId))}");
            if (due > Clock.Now)
            {
                Clock.Set(due.Value);
            }

            await Engine.FireDueTimersAsync();
        }

        Assert.Fail($"the walk did not end within {maxSteps} steps; completed: {string.Join(", ", Completed)}");
        return null!;
    }

    /// <summary>Completes the single open task at <paramref name="elementId"/> with its form defaults and the values given.</summary>
    public async Task CompleteAsync(string elementId, object? values = null)
    {
        var tasks = (await Engine.QueryTasksAsync(new TaskQuery { Take = int.MaxValue })).Where(t => t.ElementId == elementId).ToList();
        Assert.True(tasks.Count == 1, $"expected one open task at '{elementId}', found {tasks.Count}");
        await CompleteAsync(tasks[0], EngineHarness.ToDictionary(values));
    }

    public async Task<IReadOnlyList<UserTaskInfo>> OpenTasksAsync() => await Engine.QueryTasksAsync(new TaskQuery { Take = int.MaxValue });

    /// <summary>Moves the clock by <paramref name="by"/> and fires what is due, without anyone doing their tasks.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Engine.FireDueTimersAsync();
    }

    /// <summary>Element ids of the activities and events completed in the instances of one process, in order.</summary>
    public IReadOnlyList<string?> CompletedElements(string processId) =>
        Observer.Events.Where(e => e.Type == WorkflowEventTypes.ActivityCompleted && e.ProcessId == processId).Select(e => e.ElementId).ToList();

    private async Task CompleteAsync(UserTaskInfo task, IReadOnlyDictionary<string, object?>? answer)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (task.FormKey is { } formKey)
        {
            Assert.True(Forms.TryGetValue(formKey, out var form), $"task {task.ElementId} names form '{formKey}', which has no file");
            foreach (var (key, value) in form.AcceptedValues(DateOnly.FromDateTime(Clock.Now.DateTime)))
            {
                values[key] = value;
            }
        }

        foreach (var (key, value) in answer ?? new Dictionary<string, object?>())
        {
            values[key] = value;
        }

        await Engine.CompleteTaskAsync(task.Id, values, "tests");
        Completed.Add(task.ElementId);
    }
}

/// <summary>What people enter at given tasks, in order of the task's creations; later creations take the form defaults.</summary>
internal sealed class Answers
{
    private readonly Dictionary<string, Queue<IReadOnlyDictionary<string, object?>>> _byElement = new(StringComparer.Ordinal);

    public Answers At(string elementId, params object[] answers)
    {
        if (!_byElement.TryGetValue(elementId, out var queue))
        {
            _byElement[elementId] = queue = new Queue<IReadOnlyDictionary<string, object?>>();
        }

        foreach (var answer in answers)
        {
            queue.Enqueue(EngineHarness.ToDictionary(answer)!);
        }

        return this;
    }

    public IReadOnlyDictionary<string, object?>? Next(string elementId) =>
        _byElement.TryGetValue(elementId, out var queue) && queue.TryDequeue(out var answer) ? answer : null;
}
