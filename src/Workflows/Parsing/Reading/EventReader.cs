using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Reads start, end and intermediate catch events. An event whose trigger is not supported is refused as a
/// whole (null): building it as some other kind of event would only produce follow-up problems.
/// </summary>
internal sealed class EventReader(ParseContext context)
{
    private ProblemCollector Problems => context.Problems;

    public NodeDraft? ReadStart(XElement element, NodeHeader header, ScopeDraft scope)
    {
        var children = ReadChildren(element);
        var usable = EventDefinitions.TryGetSingle(element, children, Problems, out var definition);
        TimerDefinition? timer = null;
        if (usable && definition is not null)
        {
            // Timer start events start new instances of a process; inside a subprocess nothing could fire them.
            if (definition.Name.LocalName == "timerEventDefinition" && !scope.IsSubProcess)
            {
                timer = TimerReader.Read(definition, Problems);
                usable = timer is not null;
            }
            else
            {
                Unsupported.ReportEventDefinition(element, definition, scope.IsSubProcess ? "subprocess start events" : "start events", Problems);
                usable = false;
            }
        }

        if (!usable)
        {
            scope.HasRefusedStart = true;
            return null;
        }

        return Draft(new StartEventNode(header.Id, header.Name, header.Location, timer), element, children);
    }

    public NodeDraft? ReadEnd(XElement element, NodeHeader header)
    {
        var children = ReadChildren(element);
        if (!EventDefinitions.TryGetSingle(element, children, Problems, out var definition))
        {
            return null;
        }

        var kind = EventDefinitionKind.None;
        BpmnErrorRef? error = null;
        switch (definition?.Name.LocalName)
        {
            case null:
                break;
            case "terminateEventDefinition":
                kind = EventDefinitionKind.Terminate;
                break;
            case "errorEventDefinition":
                kind = EventDefinitionKind.Error;
                error = ReadThrownError(definition);
                break;
            default:
                Unsupported.ReportEventDefinition(element, definition, "end events", Problems);
                return null;
        }

        return Draft(new EndEventNode(header.Id, header.Name, header.Location, kind, error), element, children);
    }

    public NodeDraft? ReadIntermediateCatch(XElement element, NodeHeader header)
    {
        var children = ReadChildren(element);
        if (!EventDefinitions.TryGetSingle(element, children, Problems, out var definition))
        {
            return null;
        }

        TimerDefinition? timer = null;
        string? messageName = null;
        switch (definition?.Name.LocalName)
        {
            case null:
                Problems.Report(element, BpmnProblemCodes.MissingEventDefinition, "an intermediate catch event needs a timer or a message definition");
                break;
            case "timerEventDefinition":
                timer = TimerReader.Read(definition, Problems);
                break;
            case "messageEventDefinition":
                messageName = context.References.ResolveMessage(definition);
                break;
            default:
                Unsupported.ReportEventDefinition(element, definition, "intermediate catch events", Problems);
                return null;
        }

        return Draft(new IntermediateCatchEventNode(header.Id, header.Name, header.Location, timer, messageName), element, children);
    }

    private FlowElementChildren ReadChildren(XElement element)
    {
        var children = FlowElementChildren.Read(element, EventDefinitions.Names, Problems);
        ExtensionElementsReader.Read(children.ExtensionElements, ExtensionHost.Other, Problems);
        return children;
    }

    private BpmnErrorRef? ReadThrownError(XElement definition)
    {
        var errorRef = ElementInfo.Attribute(definition, "errorRef");
        if (errorRef is null)
        {
            Problems.Report(definition, BpmnProblemCodes.MissingAttribute, "an error end event needs an errorRef naming the error it throws");
            return null;
        }

        return context.References.ResolveError(definition, errorRef);
    }

    private static NodeDraft Draft(FlowNode node, XElement element, FlowElementChildren children) => new(node, element)
    {
        DeclaredIncoming = children.Incoming,
        DeclaredOutgoing = children.Outgoing,
    };
}
