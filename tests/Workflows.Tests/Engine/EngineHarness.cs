using Xunit;
using Microsoft.EntityFrameworkCore;
using Thads.Workflows.Activities;
using Thads.Workflows.Persistence;
using Thads.Workflows.Runtime;

namespace Thads.Workflows.Tests.Engine;

/// <summary>
/// One engine on a virtual clock (Monday 2026-01-05 08:00 +07:00) with a recording observer, over memory
/// or a real SQLite file. Helpers address tasks by element id, the way scenarios are written.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly string? _databaseDirectory;

    private EngineHarness(WorkflowEngine engine, VirtualWorkflowClock clock, RecordingObserver observer, string? databaseDirectory, string? connectionString)
    {
        Engine = engine;
        Clock = clock;
        Observer = observer;
        _databaseDirectory = databaseDirectory;
        ConnectionString = connectionString;
    }

    public WorkflowEngine Engine { get; }

    public VirtualWorkflowClock Clock { get; }

    public RecordingObserver Observer { get; }

    public string? ConnectionString { get; }

    public static async Task<EngineHarness> InMemoryAsync(ActivityRegistry? activities = null)
    {
        var clock = new VirtualWorkflowClock(Start);
        var observer = new RecordingObserver();
        var engine = new WorkflowEngineBuilder().UseInMemoryStore().UseClock(clock).UseActivities(activities ?? new ActivityRegistry())
            .AddObserver(observer).Build();
        await engine.InitializeAsync();
        return new EngineHarness(engine, clock, observer, null, null);
    }

    public static async Task<EngineHarness> SqliteAsync(ActivityRegistry? activities = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "thads-engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var connectionString = $"Data Source={Path.Combine(directory, "engine.db")}";
        var harness = await OverDatabaseAsync(connectionString, new VirtualWorkflowClock(Start), activities, directory);
        return harness;
    }

    /// <summary>A second engine over the same database, as after a restart.</summary>
    public Task<EngineHarness> RestartAsync(ActivityRegistry? activities = null) =>
        OverDatabaseAsync(ConnectionString!, Clock, activities, null);

    private static async Task<EngineHarness> OverDatabaseAsync(string connectionString, VirtualWorkflowClock clock, ActivityRegistry? activities, string? directory)
    {
        var observer = new RecordingObserver();
        var engine = new WorkflowEngineBuilder().UseDatabase(WorkflowDatabase.Sqlite(connectionString)).UseClock(clock)
            .UseActivities(activities ?? new ActivityRegistry()).AddObserver(observer).Build();
        await engine.InitializeAsync();
        return new EngineHarness(engine, clock, observer, directory, connectionString);
    }

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Engine", name));

    public async Task DeployAsync(string fixture)
    {
        var result = await Engine.DeployAsync(Fixture(fixture), fixture);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    public Task<InstanceSnapshot> StartAsync(string processKey, object? variables = null, string? businessKey = null) =>
        Engine.StartAsync(processKey, new StartOptions { Variables = ToDictionary(variables), BusinessKey = businessKey });

    public async Task<IReadOnlyList<UserTaskInfo>> OpenTasksAsync(Guid? instanceId = null) =>
        await Engine.QueryTasksAsync(new TaskQuery { InstanceId = instanceId });

    /// <summary>Completes the single open task at the element (fails the test when there is not exactly one).</summary>
    public async Task CompleteAsync(string elementId, object? variables = null, Guid? instanceId = null)
    {
        var tasks = (await OpenTasksAsync(instanceId)).Where(t => t.ElementId == elementId).ToList();
        Assert.True(tasks.Count == 1, $"expected one open task at '{elementId}', found {tasks.Count}");
        await Engine.CompleteTaskAsync(tasks[0].Id, ToDictionary(variables));
    }

    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Engine.FireDueTimersAsync();
    }

    public async Task<InstanceSnapshot> InstanceAsync(Guid id) => (await Engine.GetInstanceAsync(id))!;

    /// <summary>The element ids of the events of one type, in order.</summary>
    public IReadOnlyList<string?> Elements(string type, Guid? instanceId = null) =>
        Observer.Events.Where(e => e.Type == type && (instanceId is null || e.InstanceId == instanceId)).Select(e => e.ElementId).ToList();

    public static IReadOnlyDictionary<string, object?>? ToDictionary(object? variables) => variables switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> d => d,
        _ => variables.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(variables)),
    };

    public ValueTask DisposeAsync()
    {
        if (_databaseDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_databaseDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the test result is what matters.
            }
        }

        return ValueTask.CompletedTask;
    }
}
