using Thads.Workflows.Activities;
using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

public sealed class ServiceTaskTests
{
    private static ActivityRegistry Registry()
    {
        var registry = new ActivityRegistry();
        registry.Register<LimitCheckActivity>();
        return registry;
    }

    [Fact]
    public async Task A_custom_activity_receives_its_inputs_and_its_outputs_become_variables()
    {
        await using var h = await EngineHarness.InMemoryAsync(Registry());
        await h.DeployAsync("ServiceTask.customActivity.bpmn");

        var instance = await h.StartAsync("service", new { amount = 400 });

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal(600m, JsonAssert.Number(instance.Variables["headroom"]));
        Assert.Equal("check", instance.Variables["checkedBy"]!.GetValue<string>());
        Assert.Contains("end", h.Elements(WorkflowEventTypes.ActivityCompleted));
    }

    [Fact]
    public async Task A_bpmn_error_from_a_custom_activity_is_caught_by_its_boundary_event()
    {
        await using var h = await EngineHarness.InMemoryAsync(Registry());
        await h.DeployAsync("ServiceTask.customActivity.bpmn");

        var instance = await h.StartAsync("service", new { amount = 5000 });

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Contains("tooLargeEnd", h.Elements(WorkflowEventTypes.ActivityCompleted));
    }

    [Fact]
    public async Task A_faulted_activity_becomes_an_incident_and_a_missing_required_input_names_the_input()
    {
        await using var h = await EngineHarness.InMemoryAsync(Registry());
        await h.DeployAsync("ServiceTask.customActivity.bpmn");

        var negative = await h.StartAsync("service", new { amount = -1 });
        var missing = await h.StartAsync("service", new { amount = (object?)null });

        Assert.Contains("negative", Assert.Single(await h.Engine.QueryIncidentsAsync(negative.Id)).Message);
        Assert.Contains("amount", Assert.Single(await h.Engine.QueryIncidentsAsync(missing.Id)).Message, StringComparison.OrdinalIgnoreCase);
    }
}
