using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Thads.Host.Database;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Scheduling;

/// <summary>
/// Quartz in the real host, on a real SQLite file, with real time: the timers here are a few seconds long,
/// and the assertions poll with generous limits instead of sleeping for exact amounts.
/// </summary>
public sealed class QuartzTimerTests : IDisposable
{
    private const string Process = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:t">
          <process id="shortTimer" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>PT3S</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("thads-quartz-").FullName;

    private Dictionary<string, string> Settings => new()
    {
        [DatabaseOptions.ConnectionStringKey] = $"Data Source={Path.Combine(_directory, "thads.db")}",
        ["Mail:PickupDirectory"] = Path.Combine(_directory, "outbox"),
    };

    [Fact]
    public async Task A_timer_due_while_the_host_was_stopped_fires_exactly_once_after_the_restart()
    {
        Guid instanceId;
        await using (var first = new ThadsHostFactory(Settings, temporaryDatabase: false))
        {
            _ = first.Server;
            Assert.Equal(StartupStatus.Ready, await first.WaitForStartupAsync());
            var engine = first.Services.GetRequiredService<WorkflowEngine>();
            Assert.True((await engine.DeployAsync(Process, "short.bpmn")).IsValid);
            var instance = await engine.StartAsync("shortTimer");
            instanceId = instance.Id;

            var timer = Assert.Single(await engine.ListTimersAsync());
            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var trigger = await scheduler.GetTrigger(new TriggerKey(timer.Timer.BookmarkId.ToString("N"), "workflow-timers"));
            Assert.NotNull(trigger);
            Assert.Equal(timer.DueAt.UtcDateTime, trigger!.StartTimeUtc.UtcDateTime, TimeSpan.FromSeconds(1));
        }

        await Task.Delay(TimeSpan.FromSeconds(4));

        await using var second = new ThadsHostFactory(Settings, temporaryDatabase: false);
        _ = second.Server;
        Assert.Equal(StartupStatus.Ready, await second.WaitForStartupAsync());
        var restarted = second.Services.GetRequiredService<WorkflowEngine>();
        var completed = await PollAsync(async () => (await restarted.GetInstanceAsync(instanceId))!.Status == InstanceStatus.Completed);

        Assert.True(completed, "the overdue timer did not fire after the restart");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var journal = await restarted.GetJournalAsync(instanceId);
        Assert.Single(journal, e => e.Type == WorkflowEventTypes.TimerFired);
        Assert.Empty(await restarted.ListTimersAsync());
    }

    [Fact]
    public async Task A_timer_fires_through_quartz_while_the_host_runs_and_its_trigger_is_removed()
    {
        await using var host = new ThadsHostFactory(Settings, temporaryDatabase: false);
        _ = host.Server;
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        Assert.True((await engine.DeployAsync(Process, "short.bpmn")).IsValid);
        var instance = await engine.StartAsync("shortTimer");

        var completed = await PollAsync(async () => (await engine.GetInstanceAsync(instance.Id))!.Status == InstanceStatus.Completed);

        Assert.True(completed, "the timer did not fire");
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var remaining = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals("workflow-timers"));
        Assert.Empty(remaining);
    }

    [Fact]
    public async Task A_timer_start_event_starts_an_instance_through_quartz()
    {
        const string startByTimer = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:t">
              <process id="startsLater" isExecutable="true">
                <startEvent id="tick"><timerEventDefinition><timeDuration>PT2S</timeDuration></timerEventDefinition></startEvent>
                <sequenceFlow id="f1" sourceRef="tick" targetRef="end" />
                <endEvent id="end" />
              </process>
            </definitions>
            """;
        await using var host = new ThadsHostFactory(Settings, temporaryDatabase: false);
        _ = host.Server;
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        var engine = host.Services.GetRequiredService<WorkflowEngine>();

        Assert.True((await engine.DeployAsync(startByTimer, "later.bpmn")).IsValid);
        var started = await PollAsync(async () => (await engine.QueryInstancesAsync(new InstanceQuery { ProcessId = "startsLater" })).Count == 1);

        Assert.True(started, "the timer start event did not start an instance");
        Assert.Empty(await engine.ListTimersAsync());
    }

    private static async Task<bool> PollAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files do not affect the result.
        }
    }
}
