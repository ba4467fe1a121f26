using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Reads exclusive, parallel and inclusive gateways.</summary>
internal static class GatewayReader
{
    private static readonly IReadOnlySet<string> NoOwnChildren = new HashSet<string>();

    public static NodeDraft Read(XElement element, NodeHeader header, ProblemCollector problems)
    {
        var children = FlowElementChildren.Read(element, NoOwnChildren, problems);
        ExtensionElementsReader.Read(children.ExtensionElements, ExtensionHost.Other, problems);
        var kind = element.Name.LocalName switch
        {
            "exclusiveGateway" => FlowNodeKind.ExclusiveGateway,
            "parallelGateway" => FlowNodeKind.ParallelGateway,
            "inclusiveGateway" => FlowNodeKind.InclusiveGateway,
            var other => throw new ArgumentException($"{other} is not a gateway.", nameof(element)),
        };
        var defaultFlowId = ElementInfo.Attribute(element, "default");
        if (kind == FlowNodeKind.ParallelGateway && defaultFlowId is not null)
        {
            problems.Report(
                element,
                BpmnProblemCodes.InvalidDefaultFlow,
                "a parallel gateway takes every outgoing flow, so it cannot have a default flow");
            defaultFlowId = null;
        }

        return new NodeDraft(new GatewayNode(header.Id, header.Name, header.Location, kind), element)
        {
            DefaultFlowId = defaultFlowId,
            DeclaredIncoming = children.Incoming,
            DeclaredOutgoing = children.Outgoing,
        };
    }
}
