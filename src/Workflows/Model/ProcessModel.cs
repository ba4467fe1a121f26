namespace Thads.Workflows.Model;

/// <summary>One BPMN <c>process</c>: the top-level scope of an executable definition.</summary>
public sealed class ProcessModel(string id, string? name, bool isExecutable, SourceLocation location) : IFlowContainer
{
    internal readonly List<FlowNode> NodeList = [];
    internal readonly List<SequenceFlow> FlowList = [];
    internal readonly Dictionary<string, FlowNode> NodesById = new(StringComparer.Ordinal);

    public string Id { get; } = id;

    public string? Name { get; } = name;

    public bool IsExecutable { get; } = isExecutable;

    public SourceLocation Location { get; } = location;

    /// <summary>Top-level nodes only; nested ones are in their subprocess.</summary>
    public IReadOnlyList<FlowNode> Nodes => NodeList;

    public IReadOnlyList<SequenceFlow> Flows => FlowList;

    public StartEventNode? NoneStart => NodeList.OfType<StartEventNode>().FirstOrDefault(s => s.Timer is null);

    /// <summary>The timer start events, each starting a new instance when its timer comes due.</summary>
    public IEnumerable<StartEventNode> TimerStarts => NodeList.OfType<StartEventNode>().Where(s => s.Timer is not null);

    /// <summary>Finds a node at any depth of the process.</summary>
    public FlowNode? FindNode(string id) => NodesById.GetValueOrDefault(id);

    /// <summary>Every node at any depth, for validation and analysis.</summary>
    public IEnumerable<FlowNode> AllNodes => NodesById.Values;
}
