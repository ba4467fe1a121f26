using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

public sealed class TimerStartTests
{
    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task A_timer_start_event_starts_one_instance_per_due_time_and_stops_after_its_repetitions(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("TimerStart.cycle.bpmn");
        var timer = Assert.Single(await h.Engine.ListTimersAsync());
        Assert.True(timer.Timer.IsStartTimer);
        Assert.Equal(EngineHarness.Start.AddHours(1), timer.DueAt);

        await h.AdvanceAsync(TimeSpan.FromMinutes(59));
        Assert.Empty(await h.Engine.QueryInstancesAsync(new InstanceQuery()));

        for (var hour = 1; hour <= 4; hour++)
        {
            h.Clock.Set(EngineHarness.Start.AddHours(hour));
            await h.Engine.FireDueTimersAsync();
        }

        var instances = await h.Engine.QueryInstancesAsync(new InstanceQuery { ProcessId = "quarterlyScan" });
        Assert.Equal(3, instances.Count);
        Assert.All(instances, i => Assert.Equal(InstanceStatus.Completed, i.Status));
        Assert.Equal([EngineHarness.Start.AddHours(1), EngineHarness.Start.AddHours(2), EngineHarness.Start.AddHours(3)], instances.Select(i => i.StartedAt));
        Assert.Empty(await h.Engine.ListTimersAsync());
        Assert.Contains(h.Observer.Events, e => e.Type == WorkflowEventTypes.TimerFired && e.ElementId == "tick");
    }

    [Fact]
    public async Task A_process_started_only_by_its_timer_cannot_be_started_by_hand()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("TimerStart.cycle.bpmn");

        var error = await Assert.ThrowsAsync<WorkflowNotFoundException>(() => h.StartAsync("quarterlyScan"));

        Assert.Contains("timer start", error.Message);
    }

    [Fact]
    public async Task Deploying_a_new_version_replaces_the_start_timers_and_later_instances_run_on_it()
    {
        await using var h = await EngineHarness.SqliteAsync();
        await h.DeployAsync("TimerStart.cycle.bpmn");
        var before = Assert.Single(await h.Engine.ListTimersAsync());
        var changed = EngineHarness.Fixture("TimerStart.cycle.bpmn").Replace("R3/PT1H", "R2/PT2H");

        var v2 = await h.Engine.DeployAsync(changed, "scan.bpmn");
        var after = Assert.Single(await h.Engine.ListTimersAsync());

        Assert.NotEqual(before.Timer, after.Timer);
        Assert.Equal(EngineHarness.Start.AddHours(2), after.DueAt);
        Assert.False(await h.Engine.FireTimerAsync(before.Timer));
        h.Clock.Set(EngineHarness.Start.AddHours(2));
        Assert.Equal(1, await h.Engine.FireDueTimersAsync());
        var instance = Assert.Single(await h.Engine.QueryInstancesAsync(new InstanceQuery()));
        Assert.Equal(v2.Definitions[0].Id, instance.DefinitionId);
    }

    [Fact]
    public async Task Two_engines_firing_the_same_start_timer_at_once_start_exactly_one_instance()
    {
        await using var first = await EngineHarness.SqliteAsync();
        await first.DeployAsync("TimerStart.cycle.bpmn");
        var second = await first.RestartAsync();
        var timer = Assert.Single(await first.Engine.ListTimersAsync());
        first.Clock.Set(EngineHarness.Start.AddHours(1));

        var results = await Task.WhenAll(first.Engine.FireTimerAsync(timer.Timer), second.Engine.FireTimerAsync(timer.Timer));

        Assert.Equal(1, results.Count(fired => fired));
        Assert.Single(await first.Engine.QueryInstancesAsync(new InstanceQuery()));
        Assert.Equal(EngineHarness.Start.AddHours(2), Assert.Single(await first.Engine.ListTimersAsync()).DueAt);
    }
}
