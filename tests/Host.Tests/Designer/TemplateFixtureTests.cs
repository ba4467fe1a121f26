using System.Text.Json.Nodes;
using Thads.Activities;
using Thads.Host.Tests.Support;
using Thads.Workflows.Activities;

namespace Thads.Host.Tests.Designer;

/// <summary>The designer's vitest fixture is the Host's real export, so its template tests cannot drift from the activities.</summary>
public sealed class TemplateFixtureTests
{
    [Fact]
    public void The_designer_fixture_equals_the_exported_templates()
    {
        var fixture = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "designer", "test", "fixtures", "element-templates.json"));
        var exported = ElementTemplateExporter.Export(ThadsActivityCatalog.CreateRegistry().Descriptors, "vi");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(exported), JsonNode.Parse(fixture)),
            "Regenerate it: dotnet run --project src/Host -- workflow templates > designer/test/fixtures/element-templates.json");
    }
}
