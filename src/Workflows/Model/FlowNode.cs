namespace Thads.Workflows.Model;

/// <summary>
/// A node of a process graph. Nodes are built by the parser and frozen afterwards: the lists are
/// filled while linking and only exposed read-only.
/// </summary>
public abstract class FlowNode
{
    internal readonly List<SequenceFlow> IncomingList = [];
    internal readonly List<SequenceFlow> OutgoingList = [];

    protected FlowNode(string id, string? name, SourceLocation location)
    {
        Id = id;
        Name = name;
        Location = location;
    }

    public string Id { get; }

    public string? Name { get; }

    public SourceLocation Location { get; }

    public abstract FlowNodeKind Kind { get; }

    /// <summary>The process or subprocess that directly contains this node.</summary>
    public IFlowContainer Container { get; internal set; } = null!;

    public IReadOnlyList<SequenceFlow> Incoming => IncomingList;

    public IReadOnlyList<SequenceFlow> Outgoing => OutgoingList;

    /// <summary>A label for messages: the name when there is one, else the id.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name!;

    public override string ToString() => $"{Kind} {Id}";
}
