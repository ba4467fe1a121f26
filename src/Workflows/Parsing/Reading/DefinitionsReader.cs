using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Reads the <c>definitions</c> root: messages and errors first (processes refer to them wherever they
/// stand in the file), then the processes. Diagram interchange and foreign extensions are skipped.
/// </summary>
internal sealed class DefinitionsReader(ParseContext context)
{
    private static readonly HashSet<string> CollaborationContent = new(StringComparer.Ordinal)
    {
        "participant",
        "messageFlow",
        "textAnnotation",
        "association",
        "group",
        "documentation",
        "extensionElements",
    };

    private ProblemCollector Problems => context.Problems;

    public IReadOnlyList<ProcessDraft> Read(XElement root)
    {
        if (root.Name != BpmnXml.Model + "definitions")
        {
            Problems.Report(
                root,
                null,
                BpmnProblemCodes.InvalidRootElement,
                $"the root element must be definitions in the namespace {BpmnNamespaces.Bpmn}, not {{{root.Name.NamespaceName}}}{root.Name.LocalName}");
            return [];
        }

        var processes = new List<XElement>();
        foreach (var child in root.Elements().Where(BpmnXml.IsModel))
        {
            ReadChild(child, processes);
        }

        var reader = new ProcessReader(context);
        var drafts = processes.Select(reader.Read).OfType<ProcessDraft>().ToList();
        if (!processes.Any(p => ElementInfo.Attribute(p, "isExecutable") is "true" or "1"))
        {
            Problems.Report(root, BpmnProblemCodes.NoExecutableProcess, "the file has no executable process (isExecutable=\"true\")");
        }

        return drafts;
    }

    private void ReadChild(XElement child, List<XElement> processes)
    {
        switch (child.Name.LocalName)
        {
            case "process":
                processes.Add(child);
                break;
            case "message":
                context.References.AddMessage(child);
                break;
            case "error":
                context.References.AddError(child);
                break;
            case "collaboration":
                ReadCollaboration(child);
                break;
            case "category" or "documentation":
                break;
            case "extensionElements":
                ExtensionElementsReader.Read([child], ExtensionHost.Other, Problems);
                break;
            default:
                Unsupported.Report(child, Problems);
                break;
        }
    }

    // Pools, message flows and annotations only describe the diagram; the engine runs processes on their own.
    private void ReadCollaboration(XElement collaboration)
    {
        foreach (var child in collaboration.Elements().Where(BpmnXml.IsModel))
        {
            if (!CollaborationContent.Contains(child.Name.LocalName))
            {
                Unsupported.Report(child, Problems);
            }
            else if (child.Name.LocalName == "extensionElements")
            {
                ExtensionElementsReader.Read([child], ExtensionHost.Other, Problems);
            }
        }
    }
}
