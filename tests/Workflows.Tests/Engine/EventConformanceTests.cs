using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

public sealed class EventConformanceTests
{
    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task An_intermediate_timer_fires_when_the_clock_passes_its_due_time_and_not_before(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("TimerCatch.duration.bpmn");
        var instance = await h.StartAsync("timerCatch");
        Assert.Equal(EngineHarness.Start.AddHours(1), await h.Engine.NextTimerDueAsync());

        await h.AdvanceAsync(TimeSpan.FromMinutes(59));
        Assert.Equal(InstanceStatus.Running, (await h.InstanceAsync(instance.Id)).Status);

        await h.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
        Assert.Single(h.Elements(WorkflowEventTypes.TimerFired));
        Assert.Null(await h.Engine.NextTimerDueAsync());
    }

    [Fact]
    public async Task A_working_day_timer_skips_the_weekend()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("TimerCatch.workingDays.bpmn");

        await h.StartAsync("timerWorkingDays");

        // Monday 5 January + 5 working days = Monday 12 January, same time of day.
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.FromHours(7)), await h.Engine.NextTimerDueAsync());
    }

    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task An_interrupting_boundary_timer_cancels_the_task_and_takes_the_escalation_path(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("BoundaryTimer.interrupting.bpmn");
        var instance = await h.StartAsync("boundaryInterrupting");

        await h.AdvanceAsync(TimeSpan.FromDays(2));

        var tasks = await h.OpenTasksAsync(instance.Id);
        Assert.Equal(["escalate"], tasks.Select(t => t.ElementId));
        var cancelled = await h.Engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id, OpenOnly = false });
        Assert.Contains(cancelled, t => t.ElementId == "verify" && t.Status == UserTaskStatus.Cancelled);
    }

    [Fact]
    public async Task Completing_the_task_before_the_boundary_timer_removes_the_timer()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("BoundaryTimer.interrupting.bpmn");
        var instance = await h.StartAsync("boundaryInterrupting");

        await h.CompleteAsync("verify");
        await h.AdvanceAsync(TimeSpan.FromDays(3));

        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
        Assert.Empty(h.Elements(WorkflowEventTypes.TimerFired));
        Assert.Null(await h.Engine.NextTimerDueAsync());
    }

    [Fact]
    public async Task A_non_interrupting_cycle_fires_its_repetitions_while_the_task_stays_open()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("BoundaryTimer.nonInterruptingCycle.bpmn");
        var instance = await h.StartAsync("boundaryCycle");

        for (var hour = 0; hour < 4; hour++)
        {
            await h.AdvanceAsync(TimeSpan.FromHours(1));
        }

        var snapshot = await h.InstanceAsync(instance.Id);
        Assert.Equal(2, JsonAssert.Number(snapshot.Variables["reminders"]));
        Assert.Equal(["verify"], (await h.OpenTasksAsync(instance.Id)).Select(t => t.ElementId));
        await h.CompleteAsync("verify");
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task Messages_reach_a_receive_task_and_a_catch_event_by_name_and_business_key(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("Message.receiveTaskAndCatch.bpmn");
        var mine = await h.StartAsync("messages", businessKey: "HS-1");
        var other = await h.StartAsync("messages", businessKey: "HS-2");

        Assert.Equal(0, await h.Engine.CorrelateMessageAsync("appeal", "HS-1"));
        Assert.Equal(1, await h.Engine.CorrelateMessageAsync("paid", "HS-1", new Dictionary<string, object?> { ["paidAmount"] = 500 }));
        Assert.Equal(1, await h.Engine.CorrelateMessageAsync("appeal", "HS-1"));

        var done = await h.InstanceAsync(mine.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(500, JsonAssert.Number(done.Variables["paidAmount"]));
        Assert.Equal(InstanceStatus.Running, (await h.InstanceAsync(other.Id)).Status);
    }

    [Fact]
    public async Task An_error_end_event_in_a_subprocess_is_caught_by_the_matching_boundary_and_cancels_the_rest_of_the_subprocess()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("ErrorBoundary.subprocessErrorEnd.bpmn");

        var instance = await h.StartAsync("errorBoundary", new { missing = true });

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Contains("handled", h.Elements(WorkflowEventTypes.ActivityCompleted));
        Assert.DoesNotContain("wrong", h.Elements(WorkflowEventTypes.ActivityCompleted));
        Assert.Contains(h.Observer.Events, e => e.Type == WorkflowEventTypes.TaskCancelled && e.ElementId == "waiting");
    }

    [Fact]
    public async Task Without_an_error_the_subprocess_completes_when_its_last_branch_ends()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("ErrorBoundary.subprocessErrorEnd.bpmn");
        var instance = await h.StartAsync("errorBoundary", new { missing = false });
        Assert.Equal(InstanceStatus.Running, instance.Status);

        await h.CompleteAsync("waiting");

        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
        Assert.Contains("normalEnd", h.Elements(WorkflowEventTypes.ActivityCompleted));
    }

    [Fact]
    public async Task An_unbounded_cycle_with_an_end_date_stops_firing_after_it()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        var xml = EngineHarness.Fixture("BoundaryTimer.nonInterruptingCycle.bpmn").Replace("R2/PT1H", "R/PT1H/2026-01-05T10:30:00+07:00", StringComparison.Ordinal);
        Assert.True((await h.Engine.DeployAsync(xml, "cycle-end.bpmn")).IsValid);
        var instance = await h.StartAsync("boundaryCycle");

        for (var hour = 0; hour < 5; hour++)
        {
            await h.AdvanceAsync(TimeSpan.FromHours(1));
        }

        Assert.Equal(2, JsonAssert.Number((await h.InstanceAsync(instance.Id)).Variables["reminders"]));
        Assert.Null(await h.Engine.NextTimerDueAsync());
    }
}
