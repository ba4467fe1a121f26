using Microsoft.Extensions.Logging.Abstractions;
using Thads.Host.Cases.Diagram;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Cases;

/// <summary>The process picture: read through the engine's hardened XML loader, escaped, cached per definition version.</summary>
public sealed class ProcessDiagramTests
{
    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="urn:test">
          <bpmn:process id="picture" name="Quy trình thử" isExecutable="true">
            <bpmn:startEvent id="start" name="Bắt đầu" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
            <bpmn:userTask id="check" name="NAME" />
            <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="end" />
            <bpmn:endEvent id="end" name="Xong" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="diagram">
            <bpmndi:BPMNPlane id="plane" bpmnElement="picture">
              <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="check_di" bpmnElement="check"><dc:Bounds x="200" y="78" width="120" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="400" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="320" y="118" /><di:waypoint x="400" y="118" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [Fact]
    public void Reads_names_shapes_and_edges_and_marks_progress()
    {
        var diagram = DiagramReader.Read(Record(Xml.Replace("NAME", "Kiểm tra hồ sơ", StringComparison.Ordinal)));
        Assert.Equal("Quy trình thử", diagram.Name);
        Assert.Equal("Kiểm tra hồ sơ", diagram.Find("check")!.Name);
        Assert.True(diagram.Find("check")!.IsUserTask);
        Assert.Equal(3, diagram.Shapes.Count);
        Assert.Equal(2, diagram.Edges.Count);

        var svg = DiagramSvgRenderer.Render(diagram,
            new DiagramProgress(new HashSet<string> { "start" }, new HashSet<string> { "check" }, new HashSet<string>()),
            new DiagramTexts("Sơ đồ", "đã xong", "đang ở bước này", "sự cố"));
        Assert.Contains("<g class=\"node done\" data-element=\"start\">", svg);
        Assert.Contains("<g class=\"node current\" data-element=\"check\"><title>Kiểm tra hồ sơ (đang ở bước này)</title><rect class=\"halo\"", svg);
        Assert.Contains("<g class=\"node\" data-element=\"end\">", svg);
        Assert.Contains("marker-end=\"url(#bpmn-arrow)\"", svg);
        Assert.Contains("viewBox=\"88 66 360 ", svg);
    }

    [Fact]
    public void Names_are_escaped_so_a_diagram_cannot_inject_markup()
    {
        var diagram = DiagramReader.Read(Record(Xml.Replace("NAME", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;", StringComparison.Ordinal)));
        var svg = DiagramSvgRenderer.Render(diagram, DiagramProgress.None, new DiagramTexts("<b>", "", "", ""));
        Assert.DoesNotContain("<script", svg);
        Assert.DoesNotContain("<b>", svg);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;", svg);
    }

    [Fact]
    public void A_document_with_a_DTD_is_refused_without_resolving_anything()
    {
        var hostile = Xml.Replace("<bpmn:definitions", "<!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<bpmn:definitions", StringComparison.Ordinal)
            .Replace("NAME", "&secret;", StringComparison.Ordinal);
        var refused = Assert.Throws<InvalidOperationException>(() => DiagramReader.Read(Record(hostile)));
        Assert.Contains("DOCTYPE", refused.Message);
        Assert.DoesNotContain("root:", refused.Message);
    }

    [Fact]
    public async Task Diagrams_are_read_once_per_definition_version()
    {
        var engine = new WorkflowEngineBuilder().UseInMemoryStore().Build();
        await engine.InitializeAsync();
        var first = (await engine.DeployAsync(Xml.Replace("NAME", "Bước một", StringComparison.Ordinal), "picture.bpmn")).Definitions.Single();
        var second = (await engine.DeployAsync(Xml.Replace("NAME", "Bước hai", StringComparison.Ordinal), "picture.bpmn")).Definitions.Single();
        var cache = new DiagramCache(engine, NullLogger<DiagramCache>.Instance);

        var one = await cache.GetAsync(first.Id, "picture", CancellationToken.None);
        var two = await cache.GetAsync(second.Id, "picture", CancellationToken.None);
        Assert.Equal("Bước một", one!.Find("check")!.Name);
        Assert.Equal(1, one.Version);
        Assert.Equal("Bước hai", two!.Find("check")!.Name);
        Assert.Equal(2, two.Version);
        Assert.Same(one, await cache.GetAsync(first.Id, "picture", CancellationToken.None));
        Assert.Equal(2, cache.Count);
        Assert.Null(await cache.GetAsync(Guid.NewGuid(), "picture", CancellationToken.None));
    }

    private static DefinitionRecord Record(string xml) =>
        new(Guid.NewGuid(), "picture", 1, null, "picture.bpmn", xml, "hash", DateTimeOffset.UtcNow, null);
}
