using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

public sealed class ScopeConformanceTests
{
    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task A_call_activity_runs_the_called_process_with_mapped_variables_and_returns_its_result(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("CallActivity.variablesInOut.bpmn");
        var caller = await h.StartAsync("caller", new { amount = 100 }, "HS-9");

        var task = Assert.Single(await h.OpenTasksAsync());
        Assert.Equal("callee", task.ProcessId);
        Assert.Equal("HS-9", task.BusinessKey);
        var child = await h.InstanceAsync(task.InstanceId);
        Assert.Equal(caller.Id, child.ParentInstanceId);
        Assert.Equal(100, JsonAssert.Number(child.Variables["debt"]));
        Assert.False(child.Variables.ContainsKey("amount"));

        await h.Engine.CompleteTaskAsync(task.Id);

        var done = await h.InstanceAsync(caller.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(300, JsonAssert.Number(done.Variables["calleeResult"]));
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(child.Id)).Status);
    }

    [Fact]
    public async Task An_error_not_caught_in_a_called_process_propagates_to_the_call_activity_boundary()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("CallActivity.errorPropagation.bpmn");
        var caller = await h.StartAsync("errorCaller");
        var task = Assert.Single(await h.OpenTasksAsync());

        await h.Engine.CompleteTaskAsync(task.Id, new Dictionary<string, object?> { ["approved"] = false });

        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(caller.Id)).Status);
        Assert.Contains("rejectedEnd", h.Elements(WorkflowEventTypes.ActivityCompleted, caller.Id));
        Assert.Equal(InstanceStatus.Terminated, (await h.InstanceAsync(task.InstanceId)).Status);
    }

    [Fact]
    public async Task A_parallel_multi_instance_task_creates_one_task_per_collection_item_and_completes_after_all()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("MultiInstance.parallelOverCollection.bpmn");
        var instance = await h.StartAsync("miParallel", new { parties = new[] { "nguoi.a", "nguoi.b", "nguoi.c" } });

        var tasks = await h.OpenTasksAsync(instance.Id);
        Assert.Equal(["nguoi.a", "nguoi.b", "nguoi.c"], tasks.Select(t => t.Assignee).Order());
        foreach (var task in tasks.Take(2))
        {
            await h.Engine.CompleteTaskAsync(task.Id);
            Assert.Equal(InstanceStatus.Running, (await h.InstanceAsync(instance.Id)).Status);
        }

        await h.Engine.CompleteTaskAsync(tasks[2].Id);
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task A_sequential_multi_instance_subprocess_runs_one_round_at_a_time_until_its_completion_condition(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("MultiInstance.sequentialSubprocess.bpmn");
        var instance = await h.StartAsync("miSequential", new { count = 5, stopAfter = 2 });

        Assert.Single(await h.OpenTasksAsync(instance.Id));
        await h.CompleteAsync("round");
        Assert.Single(await h.OpenTasksAsync(instance.Id));
        await h.CompleteAsync("round");

        Assert.Empty(await h.OpenTasksAsync(instance.Id));
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
        Assert.Equal(2, h.Elements(WorkflowEventTypes.TaskCreated).Count);
    }

    [Fact]
    public async Task A_boundary_timer_on_a_parallel_multi_instance_task_cancels_every_open_instance()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("MultiInstance.boundaryTimerOnParallel.bpmn");
        var instance = await h.StartAsync("miTimer");
        var tasks = await h.OpenTasksAsync(instance.Id);
        Assert.Equal(3, tasks.Count);
        await h.Engine.CompleteTaskAsync(tasks[0].Id);

        await h.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Empty(await h.OpenTasksAsync(instance.Id));
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
        Assert.Contains("expired", h.Elements(WorkflowEventTypes.ActivityCompleted));
        Assert.DoesNotContain("signed", h.Elements(WorkflowEventTypes.ActivityCompleted));
        Assert.Equal(2, h.Observer.Events.Count(e => e.Type == WorkflowEventTypes.TaskCancelled));
    }

    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task Inclusive_and_parallel_joins_inside_a_subprocess_wait_for_their_own_branches_before_the_subprocess_completes(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("SubProcess.joinsInside.bpmn");
        var instance = await h.StartAsync("joinsInside", new { wantB = true, wantC = false });
        Assert.Equal(["a", "b"], (await h.OpenTasksAsync(instance.Id)).Select(t => t.ElementId).Order());

        await h.CompleteAsync("b");
        Assert.Contains("merge", h.Elements(WorkflowEventTypes.ActivityCompleted));
        Assert.DoesNotContain("join", h.Elements(WorkflowEventTypes.ActivityCompleted));
        Assert.Equal(InstanceStatus.Running, (await h.InstanceAsync(instance.Id)).Status);

        await h.CompleteAsync("a");
        Assert.Single(h.Elements(WorkflowEventTypes.ActivityCompleted), e => e == "join");
        Assert.Single(h.Elements(WorkflowEventTypes.ActivityCompleted), e => e == "sub");
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
    }
}
