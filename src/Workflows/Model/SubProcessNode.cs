namespace Thads.Workflows.Model;

/// <summary>An embedded subprocess: a nested scope with its own none start event.</summary>
public sealed class SubProcessNode(string id, string? name, SourceLocation location) : ActivityNode(id, name, location), IFlowContainer
{
    internal readonly List<FlowNode> NodeList = [];
    internal readonly List<SequenceFlow> FlowList = [];

    public override FlowNodeKind Kind => FlowNodeKind.SubProcess;

    public IReadOnlyList<FlowNode> Nodes => NodeList;

    public IReadOnlyList<SequenceFlow> Flows => FlowList;

    public StartEventNode? NoneStart => NodeList.OfType<StartEventNode>().FirstOrDefault(s => s.Timer is null);
}
