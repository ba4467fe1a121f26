using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>What every activity may carry besides its type-specific settings.</summary>
internal sealed record ActivityParts(
    MultiInstanceSpec? MultiInstance,
    IReadOnlyList<ParameterMapping> Inputs,
    IReadOnlyList<ParameterMapping> Outputs,
    FlowElementChildren Children,
    ExtensionContent Extensions,
    string? DefaultFlowId)
{
    public NodeDraft ToDraft(ActivityNode node, XElement element) => new(node, element)
    {
        DefaultFlowId = DefaultFlowId,
        DeclaredIncoming = Children.Incoming,
        DeclaredOutgoing = Children.Outgoing,
    };
}
