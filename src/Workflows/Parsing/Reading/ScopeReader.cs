using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Reads the flow elements of one process or subprocess. Nested subprocesses are queued instead of read
/// recursively, so no file can make the parser recurse; their depth is still limited by the options.
/// </summary>
internal sealed class ScopeReader(ParseContext context)
{
    /// <summary>Scope content that documents the process but never changes how it runs.</summary>
    private static readonly HashSet<string> DocumentationOnly = new(StringComparer.Ordinal)
    {
        "documentation",
        "laneSet",
        "textAnnotation",
        "association",
        "group",
        "dataObject",
        "dataObjectReference",
        "dataStoreReference",
    };

    /// <summary>Children of a subProcess element that belong to the subprocess as an activity, read with its node.</summary>
    private static readonly HashSet<string> SubProcessActivityChildren = new(StringComparer.Ordinal)
    {
        "extensionElements",
        "incoming",
        "outgoing",
        "multiInstanceLoopCharacteristics",
        "dataInputAssociation",
        "dataOutputAssociation",
        "property",
    };

    private readonly FlowNodeReader _nodes = new(context);

    private ProblemCollector Problems => context.Problems;

    /// <param name="scope">The scope to fill.</param>
    /// <param name="pending">Receives the scopes of subprocesses found here.</param>
    public void Read(ScopeDraft scope, Queue<ScopeDraft> pending)
    {
        foreach (var child in scope.Element.Elements().Where(BpmnXml.IsModel))
        {
            var name = child.Name.LocalName;
            if (DocumentationOnly.Contains(name) || (scope.IsSubProcess && SubProcessActivityChildren.Contains(name)))
            {
                continue;
            }

            switch (name)
            {
                case "sequenceFlow":
                    scope.Flows.Add(SequenceFlowReader.Read(child, Problems));
                    break;
                case "subProcess":
                    ReadSubProcess(scope, child, pending);
                    break;
                case "extensionElements":
                    ExtensionElementsReader.Read([child], ExtensionHost.Other, Problems);
                    break;
                case var _ when FlowNodeReader.Handles(name):
                    if (_nodes.Read(child, scope) is { } draft)
                    {
                        context.AddNode(scope, draft);
                    }
                    else
                    {
                        context.Refuse(scope, ElementInfo.Id(child));
                    }

                    break;
                default:
                    Unsupported.Report(child, Problems);
                    context.Refuse(scope, ElementInfo.Id(child));
                    break;
            }
        }
    }

    private void ReadSubProcess(ScopeDraft scope, XElement element, Queue<ScopeDraft> pending)
    {
        var header = _nodes.ReadHeader(element);
        if (header is null)
        {
            return;
        }

        if (XsdBoolean.Read(element, "triggeredByEvent", whenAbsent: false, Problems))
        {
            Problems.Report(element, BpmnProblemCodes.UnsupportedElement, "event subprocesses are not supported");
            context.Refuse(scope, header.Id);
            return;
        }

        var depth = scope.Depth + 1;
        if (depth > context.Options.MaxNestingDepth)
        {
            Problems.Report(
                element,
                BpmnProblemCodes.NestingTooDeep,
                $"subprocesses are nested {depth} deep; at most {context.Options.MaxNestingDepth} levels are allowed");
            context.Refuse(scope, header.Id);
            return;
        }

        var parts = ActivityPartsReader.Read(element, Problems, refuseOthers: false);
        var node = new SubProcessNode(header.Id, header.Name, header.Location)
        {
            MultiInstance = parts.MultiInstance,
            Inputs = parts.Inputs,
            Outputs = parts.Outputs,
        };
        if (context.AddNode(scope, parts.ToDraft(node, element)))
        {
            pending.Enqueue(new ScopeDraft(node, element, depth));
        }
    }
}
