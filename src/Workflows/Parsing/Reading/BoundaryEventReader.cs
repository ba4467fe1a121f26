using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Reads boundary events: timers (interrupting or not) and error catches. An error boundary without
/// <c>errorRef</c> catches every error; with one it catches that error's <c>errorCode</c>.
/// </summary>
internal sealed class BoundaryEventReader(ParseContext context)
{
    private ProblemCollector Problems => context.Problems;

    /// <summary>The boundary event, or null when its trigger is not supported (reported).</summary>
    public NodeDraft? Read(XElement element, NodeHeader header)
    {
        var children = FlowElementChildren.Read(element, EventDefinitions.Names, Problems);
        ExtensionElementsReader.Read(children.ExtensionElements, ExtensionHost.Other, Problems);
        var attachedToRef = ElementInfo.Attribute(element, "attachedToRef");
        if (attachedToRef is null)
        {
            Problems.Report(element, BpmnProblemCodes.MissingAttribute, "attachedToRef is required");
        }

        var cancelActivity = XsdBoolean.Read(element, "cancelActivity", whenAbsent: true, Problems);
        if (!EventDefinitions.TryGetSingle(element, children, Problems, out var definition))
        {
            return null;
        }

        TimerDefinition? timer = null;
        var catchesError = false;
        string? errorCode = null;
        switch (definition?.Name.LocalName)
        {
            case null:
                Problems.Report(element, BpmnProblemCodes.MissingEventDefinition, "a boundary event needs a timer or an error definition");
                break;
            case "timerEventDefinition":
                timer = TimerReader.Read(definition, Problems);
                break;
            case "errorEventDefinition":
                catchesError = true;
                errorCode = ReadCaughtErrorCode(element, definition, cancelActivity);
                break;
            default:
                Unsupported.ReportEventDefinition(element, definition, "boundary events", Problems);
                return null;
        }

        var node = new BoundaryEventNode(header.Id, header.Name, header.Location, cancelActivity, timer, catchesError, errorCode);
        return new NodeDraft(node, element)
        {
            AttachedToRef = attachedToRef,
            DeclaredIncoming = children.Incoming,
            DeclaredOutgoing = children.Outgoing,
        };
    }

    private string? ReadCaughtErrorCode(XElement element, XElement definition, bool cancelActivity)
    {
        if (!cancelActivity)
        {
            Problems.Report(
                element,
                BpmnProblemCodes.ErrorBoundaryNotInterrupting,
                "an error ends the activity, so an error boundary event must be interrupting (cancelActivity=\"true\")");
        }

        var errorRef = ElementInfo.Attribute(definition, "errorRef");
        return errorRef is null ? null : context.References.ResolveError(definition, errorRef)?.Code;
    }
}
