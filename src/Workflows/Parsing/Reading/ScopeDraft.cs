using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>A process or embedded subprocess being read: its nodes and flows before they are linked.</summary>
internal sealed class ScopeDraft(IFlowContainer container, XElement element, int depth)
{
    private readonly Dictionary<string, NodeDraft> _nodesById = new(StringComparer.Ordinal);

    public IFlowContainer Container { get; } = container;

    public XElement Element { get; } = element;

    /// <summary>0 for a process, 1 for its subprocesses, and so on.</summary>
    public int Depth { get; } = depth;

    public bool IsSubProcess => Container is SubProcessNode;

    public List<NodeDraft> Nodes { get; } = [];

    public List<FlowDraft> Flows { get; } = [];

    /// <summary>Ids of elements here that were refused; references to them are not reported a second time.</summary>
    public HashSet<string> RefusedIds { get; } = new(StringComparer.Ordinal);

    /// <summary>A start event was refused, so a missing none start is a consequence rather than a new problem.</summary>
    public bool HasRefusedStart { get; set; }

    public List<FlowNode> NodeList => Container switch
    {
        ProcessModel process => process.NodeList,
        SubProcessNode subProcess => subProcess.NodeList,
        _ => throw new InvalidOperationException($"Unknown container {Container.GetType().Name}."),
    };

    public List<SequenceFlow> FlowList => Container switch
    {
        ProcessModel process => process.FlowList,
        SubProcessNode subProcess => subProcess.FlowList,
        _ => throw new InvalidOperationException($"Unknown container {Container.GetType().Name}."),
    };

    public void Add(NodeDraft draft)
    {
        Nodes.Add(draft);
        _nodesById.Add(draft.Node.Id, draft);
    }

    public NodeDraft? FindNode(string id) => _nodesById.GetValueOrDefault(id);
}
