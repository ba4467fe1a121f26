namespace Thads.Host.Cases.Diagram;

/// <summary>
/// One deployed version of a process as people see it: the names of its elements (for the timeline) and its diagram
/// interchange (for the picture). Immutable, so one instance is shared by every request for that version.
/// </summary>
public sealed class ProcessDiagram(
    Guid definitionId,
    string processId,
    string? name,
    int version,
    IReadOnlyDictionary<string, DiagramElement> elements,
    IReadOnlyList<DiagramShape> shapes,
    IReadOnlyList<DiagramEdge> edges)
{
    public Guid DefinitionId { get; } = definitionId;

    public string ProcessId { get; } = processId;

    /// <summary>The process's name, e.g. "Tổ chức thi hành án dân sự".</summary>
    public string? Name { get; } = name;

    public int Version { get; } = version;

    public IReadOnlyDictionary<string, DiagramElement> Elements { get; } = elements;

    public IReadOnlyList<DiagramShape> Shapes { get; } = shapes;

    public IReadOnlyList<DiagramEdge> Edges { get; } = edges;

    /// <summary>Whether the file has a diagram at all (a process written by hand may have none).</summary>
    public bool HasPicture => Shapes.Count > 0;

    public DiagramElement? Find(string? elementId) =>
        elementId is not null && Elements.TryGetValue(elementId, out var element) ? element : null;
}
