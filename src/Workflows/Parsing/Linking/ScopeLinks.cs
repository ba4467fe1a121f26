using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Linking;

/// <summary>
/// The flows built for one scope, and what could not be built. Rules that count a node's flows skip
/// <see cref="Incomplete"/> nodes: their missing flow has been reported already, once.
/// </summary>
internal sealed class ScopeLinks
{
    public Dictionary<string, SequenceFlow> Flows { get; } = new(StringComparer.Ordinal);

    public Dictionary<SequenceFlow, XElement> FlowElements { get; } = [];

    /// <summary>Ids of sequence flows that were declared but could not be built.</summary>
    public HashSet<string> BrokenFlowIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Nodes with a flow or attachment that could not be built.</summary>
    public HashSet<FlowNode> Incomplete { get; } = [];

    public bool IsComplete => BrokenFlowIds.Count == 0 && Incomplete.Count == 0;
}
