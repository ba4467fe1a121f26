using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

public sealed class TimerSchedulerTests
{
    private sealed class RecordingScheduler : IWorkflowTimerScheduler
    {
        public List<TimerSchedule> Scheduled { get; } = [];

        public List<BookmarkRef> Removed { get; } = [];

        public bool Fail { get; set; }

        public Task ApplyAsync(IReadOnlyList<TimerSchedule> scheduled, IReadOnlyList<BookmarkRef> removed, CancellationToken cancellationToken = default)
        {
            if (Fail)
            {
                throw new InvalidOperationException("scheduler down");
            }

            Scheduled.AddRange(scheduled);
            Removed.AddRange(removed);
            return Task.CompletedTask;
        }
    }

    private static async Task<(WorkflowEngine Engine, RecordingScheduler Scheduler, VirtualWorkflowClock Clock)> CreateAsync()
    {
        var scheduler = new RecordingScheduler();
        var clock = new VirtualWorkflowClock(EngineHarness.Start);
        var engine = new WorkflowEngineBuilder().UseInMemoryStore().UseClock(clock).UseTimerScheduler(scheduler).Build();
        await engine.InitializeAsync();
        var deployment = await engine.DeployAsync(EngineHarness.Fixture("BoundaryTimer.interrupting.bpmn"), "b.bpmn");
        Assert.True(deployment.IsValid);
        return (engine, scheduler, clock);
    }

    [Fact]
    public async Task The_scheduler_is_told_the_due_time_of_each_new_timer_and_that_it_is_gone_when_the_task_completes_first()
    {
        var (engine, scheduler, _) = await CreateAsync();

        var instance = await engine.StartAsync("boundaryInterrupting");
        var timer = Assert.Single(scheduler.Scheduled);
        Assert.Equal(EngineHarness.Start.AddDays(2), timer.DueAt);
        Assert.Equal(instance.Id, timer.Timer.InstanceId);
        Assert.Equal([timer], await engine.ListTimersAsync());

        await engine.CompleteTaskAsync(instance.OpenTasks[0].Id);

        Assert.Equal([timer.Timer], scheduler.Removed);
        Assert.Empty(await engine.ListTimersAsync());
        Assert.False(await engine.FireTimerAsync(timer.Timer));
    }

    [Fact]
    public async Task A_failing_scheduler_does_not_undo_the_commit_and_the_periodic_sweep_still_fires_the_timer()
    {
        var (engine, scheduler, clock) = await CreateAsync();
        scheduler.Fail = true;

        var instance = await engine.StartAsync("boundaryInterrupting");
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(1, await engine.FireDueTimersAsync());
        Assert.Equal(["escalate"], (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id })).Select(t => t.ElementId));
    }
}
