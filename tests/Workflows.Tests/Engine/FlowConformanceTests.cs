using System.Text.Json.Nodes;
using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

public sealed class FlowConformanceTests
{
    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task A_user_task_waits_with_its_assignment_and_due_date_then_the_instance_completes(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("Sequence.userTask.bpmn");
        var instance = await h.StartAsync("sequence", new { officer = "cv.an" }, "HS-001");

        var task = Assert.Single(await h.OpenTasksAsync(instance.Id));
        Assert.Equal("review", task.ElementId);
        Assert.Equal("Xem xét hồ sơ", task.Name);
        Assert.Equal("cv.an", task.Assignee);
        Assert.Equal("executor", task.CandidateRole);
        Assert.Equal("HN", task.CandidateUnit);
        Assert.Equal(EngineHarness.Start.AddDays(3), task.DueAt);
        Assert.Equal("HS-001", task.BusinessKey);
        Assert.Equal(InstanceStatus.Running, (await h.InstanceAsync(instance.Id)).Status);

        Assert.Equal(task, await h.Engine.GetTaskAsync(task.Id));
        Assert.Null(await h.Engine.GetTaskAsync(Guid.NewGuid()));

        await h.CompleteAsync("review", new { decision = "ok" });

        Assert.Equal(UserTaskStatus.Completed, (await h.Engine.GetTaskAsync(task.Id))!.Status);
        var done = await h.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal("ok", done.Variables["decision"]!.GetValue<string>());
        Assert.Empty(await h.OpenTasksAsync(instance.Id));
        Assert.Equal(["start", "prepare", "review", "end"], h.Elements(WorkflowEventTypes.ActivityCompleted));
        var journal = await h.Engine.GetJournalAsync(instance.Id);
        Assert.Equal(h.Observer.Events.Select(e => e.Type), journal.Select(e => e.Type));
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(e => e.Seq));
    }

    [Theory]
    [InlineData(9_000_000, "high")]
    [InlineData(2_000_000, "medium")]
    [InlineData(10, "low")]
    public async Task An_exclusive_gateway_takes_the_first_true_condition_in_order_else_the_default(long amount, string expected)
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("ExclusiveGateway.conditionsAndDefault.bpmn");

        var instance = await h.StartAsync("exclusive", new { amount });

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        var taken = h.Elements(WorkflowEventTypes.ActivityCompleted).Where(e => e is "high" or "medium" or "low");
        Assert.Equal([expected], taken);
    }

    [Fact]
    public async Task An_exclusive_gateway_with_no_true_condition_and_no_default_raises_an_incident_that_a_retry_can_clear()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("ExclusiveGateway.noFlowTaken.bpmn");

        var instance = await h.StartAsync("exclusiveStuck", new { amount = 5 });

        var incident = Assert.Single(await h.Engine.QueryIncidentsAsync(instance.Id));
        Assert.Equal("split", incident.ElementId);
        Assert.Contains("no condition is true", incident.Message);
        Assert.Equal(InstanceStatus.Running, (await h.InstanceAsync(instance.Id)).Status);

        await h.Engine.RetryIncidentAsync(incident.Id);
        Assert.Single(await h.Engine.QueryIncidentsAsync(instance.Id));
    }

    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task A_parallel_join_fires_exactly_once_after_both_branches(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("ParallelGateway.forkJoin.bpmn");
        var instance = await h.StartAsync("parallel");
        Assert.Equal(["left", "right"], (await h.OpenTasksAsync()).Select(t => t.ElementId).Order());

        await h.CompleteAsync("right");
        Assert.DoesNotContain("join", h.Elements(WorkflowEventTypes.ActivityCompleted));
        Assert.Equal(InstanceStatus.Running, (await h.InstanceAsync(instance.Id)).Status);

        await h.CompleteAsync("left");
        Assert.Single(h.Elements(WorkflowEventTypes.ActivityCompleted), e => e == "join");
        Assert.Single(h.Elements(WorkflowEventTypes.ActivityCompleted), e => e == "after");
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
    }

    [Theory]
    [InlineData(true, false, new[] { "a" })]
    [InlineData(true, true, new[] { "a", "b" })]
    [InlineData(false, false, new string[0])]
    public async Task An_inclusive_join_waits_only_for_the_branches_the_fork_took(bool wantA, bool wantB, string[] userTasks)
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("InclusiveGateway.joinWaitsForTakenBranches.bpmn");

        var instance = await h.StartAsync("inclusive", new { wantA, wantB });
        Assert.Equal(userTasks, (await h.OpenTasksAsync()).Select(t => t.ElementId).Order());
        foreach (var task in userTasks)
        {
            Assert.DoesNotContain("join", h.Elements(WorkflowEventTypes.ActivityCompleted));
            await h.CompleteAsync(task);
        }

        Assert.Single(h.Elements(WorkflowEventTypes.ActivityCompleted), e => e == "join");
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(instance.Id)).Status);
        Assert.Equal(userTasks.Length == 0 ? 1 : 0, h.Elements(WorkflowEventTypes.ActivityCompleted).Count(e => e == "c"));
    }

    [Fact]
    public async Task A_terminate_end_event_cancels_the_other_branches_and_terminates_the_instance()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("Terminate.endEvent.bpmn");

        var instance = await h.StartAsync("terminate");

        Assert.Equal(InstanceStatus.Terminated, instance.Status);
        Assert.Empty(await h.OpenTasksAsync());
        Assert.Contains(h.Observer.Events, e => e.Type == WorkflowEventTypes.TaskCancelled && e.ElementId == "longTask");
        Assert.Equal(WorkflowEventTypes.ProcessTerminated, h.Observer.Events[^1].Type);
    }

    [Fact]
    public async Task Completing_a_task_twice_is_refused_as_a_conflict_and_changes_nothing()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("ParallelGateway.forkJoin.bpmn");
        await h.StartAsync("parallel");
        var task = (await h.OpenTasksAsync()).First(t => t.ElementId == "left");
        await h.Engine.CompleteTaskAsync(task.Id);
        var eventsBefore = h.Observer.Events.Count;

        await Assert.ThrowsAsync<WorkflowConflictException>(() => h.Engine.CompleteTaskAsync(task.Id));

        Assert.Equal(eventsBefore, h.Observer.Events.Count);
        Assert.Equal(["right"], (await h.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Fact]
    public async Task Script_tasks_read_variables_by_name_write_through_execution_and_store_their_result()
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync("Script.variablesAndResult.bpmn");

        var instance = await h.StartAsync("scriptVars", new { name = "Nguyễn Văn A", amount = 12345678901234L });

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal("Xin chào Nguyễn Văn A", instance.Variables["greeting"]!.GetValue<string>());
        Assert.Equal(37037036703702m, JsonAssert.Number(instance.Variables["total"]));
    }

    [Theory]
    [InlineData("Script.loopsForever.bpmn", "scriptLoop", "spin")]
    [InlineData("Script.reachesClr.bpmn", "scriptClr", "escape")]
    public async Task A_hostile_script_becomes_an_incident_on_its_element_and_the_engine_keeps_working(string file, string key, string element)
    {
        await using var h = await EngineHarness.InMemoryAsync();
        await h.DeployAsync(file);

        var instance = await h.StartAsync(key);

        var incident = Assert.Single(await h.Engine.QueryIncidentsAsync(instance.Id));
        Assert.Equal(element, incident.ElementId);
        Assert.Equal(InstanceStatus.Running, (await h.InstanceAsync(instance.Id)).Status);
        await h.DeployAsync("Sequence.userTask.bpmn");
        var next = await h.StartAsync("sequence", new { officer = "x" });
        Assert.Single(await h.OpenTasksAsync(next.Id));
    }

    [Fact]
    public async Task Deploying_identical_xml_is_a_no_op_and_changed_xml_makes_a_new_version_while_running_instances_keep_theirs()
    {
        await using var h = await EngineHarness.SqliteAsync();
        var xml = EngineHarness.Fixture("Sequence.userTask.bpmn");
        var first = await h.Engine.DeployAsync(xml, "seq.bpmn");
        var again = await h.Engine.DeployAsync(xml, "seq.bpmn");
        Assert.True(first.Definitions[0].IsNew);
        Assert.False(again.Definitions[0].IsNew);
        Assert.Equal(first.Definitions[0].Id, again.Definitions[0].Id);

        var old = await h.StartAsync("sequence", new { officer = "a" });
        var changed = xml.Replace("id=\"prepare\" name=\"Prepare\"", "id=\"prepare\" name=\"Chuẩn bị\"");
        var second = await h.Engine.DeployAsync(changed, "seq.bpmn");
        Assert.Equal(2, second.Definitions[0].Version);
        var fresh = await h.StartAsync("sequence", new { officer = "b" });

        Assert.Equal(first.Definitions[0].Id, old.DefinitionId);
        Assert.Equal(second.Definitions[0].Id, fresh.DefinitionId);
        await h.CompleteAsync("review", instanceId: old.Id);
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(old.Id)).Status);
        Assert.Equal(old.DefinitionId, (await h.InstanceAsync(old.Id)).DefinitionId);
    }

    [Fact]
    public async Task An_invalid_deployment_stores_nothing()
    {
        await using var h = await EngineHarness.InMemoryAsync();

        var result = await h.Engine.DeployAsync(EngineHarness.Fixture("ServiceTask.customActivity.bpmn"), "service.bpmn");

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("check", problem.ElementId);
        Assert.Contains("LimitCheck", problem.Message);
        Assert.Empty(await h.Engine.ListDefinitionsAsync());
    }

    [Fact]
    public async Task Variables_keep_json_types_through_the_durable_store()
    {
        await using var h = await EngineHarness.SqliteAsync();
        await h.DeployAsync("Sequence.userTask.bpmn");
        var payload = new JsonObject { ["ten"] = "Trần Thị B", ["so"] = 1234567, ["ds"] = new JsonArray(1, "hai", true) };

        var instance = await h.StartAsync("sequence", new Dictionary<string, object?> { ["officer"] = "x", ["party"] = payload, ["none"] = null });
        var reloaded = await h.InstanceAsync(instance.Id);

        Assert.True(JsonNode.DeepEquals(payload, reloaded.Variables["party"]));
        Assert.Null(reloaded.Variables["none"]);
    }

    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task Reassigning_an_instance_moves_the_open_tasks_of_one_person_and_sets_the_variable_later_tasks_use(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("Sequence.userTask.bpmn");
        var instance = await h.StartAsync("sequence", new { officer = "chv.an" });

        var moved = await h.Engine.ReassignAsync(instance.Id, "chv.an", "chv.binh", new Dictionary<string, object?> { ["officer"] = "chv.binh" }, "truong");
        var untouched = await h.Engine.ReassignAsync(instance.Id, "someone.else", "chv.binh");

        Assert.Equal(1, moved);
        Assert.Equal(0, untouched);
        Assert.Equal("chv.binh", Assert.Single(await h.OpenTasksAsync(instance.Id)).Assignee);
        Assert.Equal("chv.binh", (await h.InstanceAsync(instance.Id)).Variables["officer"]!.GetValue<string>());
        Assert.Contains(await h.Engine.GetJournalAsync(instance.Id), e => e.Type == WorkflowEventTypes.TaskReassigned && e.Actor == "truong");
    }
}
