using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>A node as read, with the references that can only be resolved once its whole scope is known.</summary>
internal sealed class NodeDraft(FlowNode node, XElement element)
{
    public FlowNode Node { get; } = node;

    public XElement Element { get; } = element;

    /// <summary>The <c>default</c> attribute of gateways and activities.</summary>
    public string? DefaultFlowId { get; init; }

    /// <summary>The <c>attachedToRef</c> of a boundary event.</summary>
    public string? AttachedToRef { get; init; }

    /// <summary>The ids in <c>incoming</c> child elements, checked against the flows' <c>targetRef</c>.</summary>
    public IReadOnlyList<string> DeclaredIncoming { get; init; } = [];

    /// <summary>The ids in <c>outgoing</c> child elements, checked against the flows' <c>sourceRef</c>.</summary>
    public IReadOnlyList<string> DeclaredOutgoing { get; init; } = [];
}
