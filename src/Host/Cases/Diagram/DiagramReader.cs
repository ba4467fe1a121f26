using System.Globalization;
using System.Xml.Linq;
using Thads.Workflows.Parsing;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cases.Diagram;

/// <summary>
/// Reads a deployed definition's names and its BPMN diagram interchange (BPMNDI shapes and edges). The XML goes
/// through the engine's hardened loader (<see cref="BpmnXmlLoader"/>: no DTD, no entities, size limits), like
/// everything BPMN the users supply.
/// </summary>
public static class DiagramReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Bpmn;
    private static readonly XNamespace BpmnDi = BpmnNamespaces.BpmnDi;
    private static readonly XNamespace Dc = BpmnNamespaces.Dc;
    private static readonly XNamespace Di = BpmnNamespaces.Di;

    /// <exception cref="InvalidOperationException">The stored XML cannot be loaded (it was valid when deployed, so this is corruption).</exception>
    public static ProcessDiagram Read(DefinitionRecord definition)
    {
        var document = BpmnXmlLoader.Load(definition.Xml, definition.FileName, out var problem)
            ?? throw new InvalidOperationException($"Definition {definition.Key} v{definition.Version}: {problem?.Message}");
        var process = document.Root?.Elements(Bpmn + "process").FirstOrDefault(p => (string?)p.Attribute("id") == definition.Key)
            ?? throw new InvalidOperationException($"Definition {definition.Key} v{definition.Version} has no process '{definition.Key}'.");

        var elements = new Dictionary<string, DiagramElement>(StringComparer.Ordinal);
        foreach (var element in process.Descendants().Where(e => e.Name.Namespace == Bpmn && e.Attribute("id") is not null))
        {
            var id = (string)element.Attribute("id")!;
            elements.TryAdd(id, new DiagramElement(
                id,
                element.Name.LocalName,
                Clean((string?)element.Attribute("name")),
                EventKindOf(element),
                (string?)element.Attribute("cancelActivity") != "false"));
        }

        var shapes = new List<DiagramShape>();
        var edges = new List<DiagramEdge>();
        foreach (var shape in document.Descendants(BpmnDi + "BPMNShape"))
        {
            if (Target(shape, elements) is { } element && BoundsOf(shape.Element(Dc + "Bounds")) is { } bounds)
            {
                shapes.Add(new DiagramShape(element, bounds, (string?)shape.Attribute("isExpanded") == "true", LabelOf(shape)));
            }
        }

        foreach (var edge in document.Descendants(BpmnDi + "BPMNEdge"))
        {
            if (Target(edge, elements) is not { } element)
            {
                continue;
            }

            var points = edge.Elements(Di + "waypoint")
                .Select(p => (X: Number(p.Attribute("x")), Y: Number(p.Attribute("y"))))
                .Where(p => p.X is not null && p.Y is not null)
                .Select(p => new DiagramPoint(p.X!.Value, p.Y!.Value))
                .ToList();
            if (points.Count >= 2)
            {
                edges.Add(new DiagramEdge(element, points, LabelOf(edge)));
            }
        }

        return new ProcessDiagram(definition.Id, definition.Key, definition.Name ?? Clean((string?)process.Attribute("name")),
            definition.Version, elements, shapes, edges);
    }

    private static DiagramElement? Target(XElement diagramElement, Dictionary<string, DiagramElement> elements) =>
        (string?)diagramElement.Attribute("bpmnElement") is { } id && elements.TryGetValue(id, out var element) ? element : null;

    private static DiagramBounds? LabelOf(XElement diagramElement) =>
        BoundsOf(diagramElement.Element(BpmnDi + "BPMNLabel")?.Element(Dc + "Bounds"));

    private static DiagramBounds? BoundsOf(XElement? bounds)
    {
        if (bounds is null
            || Number(bounds.Attribute("x")) is not { } x || Number(bounds.Attribute("y")) is not { } y
            || Number(bounds.Attribute("width")) is not { } width || Number(bounds.Attribute("height")) is not { } height
            || width <= 0 || height <= 0)
        {
            return null;
        }

        return new DiagramBounds(x, y, width, height);
    }

    private static double? Number(XAttribute? attribute) =>
        attribute is not null
        && double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value)
            ? value
            : null;

    private static string? EventKindOf(XElement element)
    {
        if (!element.Name.LocalName.EndsWith("Event", StringComparison.Ordinal))
        {
            return null;
        }

        var definition = element.Elements().FirstOrDefault(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal));
        return definition?.Name.LocalName[..^"EventDefinition".Length];
    }

    private static string? Clean(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
