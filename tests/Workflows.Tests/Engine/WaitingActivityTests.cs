using Thads.Workflows.Activities;
using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

public sealed class WaitingActivityTests
{
    private static ActivityRegistry Registry()
    {
        var registry = new ActivityRegistry();
        registry.Register<CountersignActivity>();
        return registry;
    }

    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task An_activity_can_ask_a_person_for_a_task_and_completes_when_it_is_answered(string store)
    {
        await using var h = await StoreKind.CreateAsync(store, Registry());
        await h.DeployAsync("ServiceTask.waitsForPerson.bpmn");
        var instance = await h.StartAsync("countersign", new { decisionNo = "12/QĐ-THADS" });

        var task = Assert.Single(instance.OpenTasks);
        Assert.Equal("sign", task.ElementId);
        Assert.Equal("Ký duyệt: Quyết định 12/QĐ-THADS", task.Name);
        Assert.Equal("leader", task.CandidateRole);
        Assert.Equal("HN", task.CandidateUnit);
        Assert.Equal("approval", task.FormKey);
        Assert.Equal(EngineHarness.Start.AddDays(2), task.DueAt);

        var done = await h.Engine.CompleteTaskAsync(task.Id, new Dictionary<string, object?> { ["decision"] = "approve" }, "truong.thads");

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal("truong.thads", done.Variables["signedBy"]!.GetValue<string>());
        Assert.False(done.Variables.ContainsKey("decision"));
        Assert.Equal(["start", "sign", "signed"], h.Elements(WorkflowEventTypes.ActivityCompleted));
    }

    [Fact]
    public async Task A_rejection_from_the_resumed_activity_is_a_bpmn_error_caught_by_the_boundary()
    {
        await using var h = await EngineHarness.InMemoryAsync(Registry());
        await h.DeployAsync("ServiceTask.waitsForPerson.bpmn");
        var instance = await h.StartAsync("countersign", new { decisionNo = "13" });

        var after = await h.Engine.CompleteTaskAsync(instance.OpenTasks[0].Id, new Dictionary<string, object?> { ["decision"] = "reject" });

        Assert.Equal(["redo"], after.OpenTasks.Select(t => t.ElementId));
        Assert.Null(await h.Engine.NextTimerDueAsync());
    }

    [Fact]
    public async Task Boundary_timers_on_a_waiting_activity_run_while_its_task_is_open()
    {
        await using var h = await EngineHarness.InMemoryAsync(Registry());
        await h.DeployAsync("ServiceTask.waitsForPerson.bpmn");
        var instance = await h.StartAsync("countersign", new { decisionNo = "14" });

        await h.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Contains("reminded", h.Elements(WorkflowEventTypes.ActivityCompleted));
        Assert.Equal(["sign"], (await h.OpenTasksAsync(instance.Id)).Select(t => t.ElementId));
    }

    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task Input_the_resumed_activity_refuses_changes_nothing_and_the_task_stays_open(string store)
    {
        await using var h = await StoreKind.CreateAsync(store, Registry());
        await h.DeployAsync("ServiceTask.waitsForPerson.bpmn");
        var instance = await h.StartAsync("countersign", new { decisionNo = "15" });
        var task = Assert.Single(instance.OpenTasks);
        var eventsBefore = (await h.Engine.GetJournalAsync(instance.Id)).Count;

        var refusal = await Assert.ThrowsAsync<TaskInputRefusedException>(
            () => h.Engine.CompleteTaskAsync(task.Id, new Dictionary<string, object?> { ["decision"] = "maybe" }));

        Assert.Equal("decision", Assert.Single(refusal.FieldErrors).Key);
        Assert.Equal([task.Id], (await h.OpenTasksAsync(instance.Id)).Select(t => t.Id));
        Assert.Equal(eventsBefore, (await h.Engine.GetJournalAsync(instance.Id)).Count);
        Assert.Empty(await h.Engine.QueryIncidentsAsync(instance.Id));
        var done = await h.Engine.CompleteTaskAsync(task.Id, new Dictionary<string, object?> { ["decision"] = "approve" });
        Assert.Equal(InstanceStatus.Completed, done.Status);
    }
}
