using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

public sealed class DurabilityTests
{
    [Fact]
    public async Task A_new_engine_over_the_same_database_resumes_a_waiting_instance()
    {
        await using var first = await EngineHarness.SqliteAsync();
        await first.DeployAsync("ParallelGateway.forkJoin.bpmn");
        var instance = await first.StartAsync("parallel", new { note = "trước khi khởi động lại" });
        await first.CompleteAsync("left");

        var second = await first.RestartAsync();
        await second.CompleteAsync("right");

        var done = await second.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal("trước khi khởi động lại", done.Variables["note"]!.GetValue<string>());
        var journal = await second.Engine.GetJournalAsync(instance.Id);
        Assert.Equal(WorkflowEventTypes.ProcessCompleted, journal[^1].Type);
        Assert.Equal(1, journal.Count(e => e.Type == WorkflowEventTypes.ActivityCompleted && e.ElementId == "join"));
    }

    [Fact]
    public async Task A_timer_that_came_due_while_the_host_was_stopped_fires_once_after_the_restart()
    {
        await using var first = await EngineHarness.SqliteAsync();
        await first.DeployAsync("BoundaryTimer.interrupting.bpmn");
        var instance = await first.StartAsync("boundaryInterrupting");

        first.Clock.Advance(TimeSpan.FromDays(10));
        var second = await first.RestartAsync();
        var fired = await second.Engine.FireDueTimersAsync();
        var firedAgain = await second.Engine.FireDueTimersAsync();

        Assert.Equal(1, fired);
        Assert.Equal(0, firedAgain);
        Assert.Equal(["escalate"], (await second.OpenTasksAsync(instance.Id)).Select(t => t.ElementId));
    }

    [Fact]
    public async Task Two_concurrent_completions_of_one_task_one_wins_and_the_other_gets_a_conflict()
    {
        await using var h = await EngineHarness.SqliteAsync();
        await h.DeployAsync("Sequence.userTask.bpmn");
        var instance = await h.StartAsync("sequence", new { officer = "x" });
        var task = Assert.Single(await h.OpenTasksAsync(instance.Id));
        var other = await h.RestartAsync();

        var results = await Task.WhenAll(
            Attempt(() => h.Engine.CompleteTaskAsync(task.Id, new Dictionary<string, object?> { ["by"] = "a" })),
            Attempt(() => other.Engine.CompleteTaskAsync(task.Id, new Dictionary<string, object?> { ["by"] = "b" })));

        Assert.Equal(1, results.Count(r => r is null));
        Assert.IsType<WorkflowConflictException>(Assert.Single(results, r => r is not null));
        var done = await h.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        var journal = await h.Engine.GetJournalAsync(instance.Id);
        Assert.Equal(1, journal.Count(e => e.Type == WorkflowEventTypes.TaskCompleted));
    }

    [Fact]
    public async Task A_timer_racing_a_user_completion_changes_the_instance_only_once()
    {
        await using var h = await EngineHarness.SqliteAsync();
        await h.DeployAsync("BoundaryTimer.interrupting.bpmn");
        var instance = await h.StartAsync("boundaryInterrupting");
        var task = Assert.Single(await h.OpenTasksAsync(instance.Id));
        h.Clock.Advance(TimeSpan.FromDays(2));
        var other = await h.RestartAsync();

        var results = await Task.WhenAll(
            Attempt(() => h.Engine.CompleteTaskAsync(task.Id)),
            Attempt(async () => await other.Engine.FireDueTimersAsync()));

        var open = await h.OpenTasksAsync(instance.Id);
        var status = (await h.InstanceAsync(instance.Id)).Status;
        var userWon = results[0] is null && status == InstanceStatus.Completed && open.Count == 0;
        var timerWon = results[0] is WorkflowConflictException && status == InstanceStatus.Running && open.Single().ElementId == "escalate";
        Assert.True(userWon || timerWon, $"user: {results[0]?.GetType().Name ?? "ok"}, status {status}, open [{string.Join(",", open.Select(t => t.ElementId))}]");
        Assert.Equal(0, await h.Engine.FireDueTimersAsync());
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
