using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

/// <summary>Running-instance counts per deployed version, which the designer's version list shows.</summary>
public sealed class InstanceCountTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Counts_follow_each_instance_to_the_version_it_started_on(bool sqlite)
    {
        await using var h = sqlite ? await EngineHarness.SqliteAsync() : await EngineHarness.InMemoryAsync();
        var xml = EngineHarness.Fixture("Sequence.userTask.bpmn");
        var first = Assert.Single((await h.Engine.DeployAsync(xml, "v1.bpmn")).Definitions);
        var a = await h.StartAsync("sequence", new { officer = "x" });
        await h.StartAsync("sequence", new { officer = "y" });

        var second = Assert.Single((await h.Engine.DeployAsync(xml.Replace("Xem xét hồ sơ", "Xem xét lại hồ sơ"), "v2.bpmn")).Definitions);
        await h.StartAsync("sequence", new { officer = "z" });
        await h.CompleteAsync("review", instanceId: a.Id);

        var running = await h.Engine.CountInstancesByDefinitionAsync();
        Assert.Equal(1, running[first.Id]);
        Assert.Equal(1, running[second.Id]);
        var completed = await h.Engine.CountInstancesByDefinitionAsync(InstanceStatus.Completed);
        Assert.Equal(1, completed[first.Id]);
        Assert.False(completed.ContainsKey(second.Id));
    }
}
