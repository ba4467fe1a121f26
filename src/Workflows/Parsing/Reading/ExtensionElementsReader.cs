using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Sorts the children of <c>extensionElements</c>: the Camunda elements the engine reads are returned, harmless
/// ones (<c>camunda:properties</c>) and foreign namespaces are ignored, and every other Camunda or THADS
/// element is refused because it would change behaviour (listeners, retries, connectors, …).
/// </summary>
internal static class ExtensionElementsReader
{
    public static ExtensionContent Read(IEnumerable<XElement> extensionElements, ExtensionHost host, ProblemCollector problems)
    {
        var content = new ExtensionContent();
        foreach (var child in extensionElements.SelectMany(e => e.Elements()))
        {
            if (child.Name.Namespace == BpmnXml.Camunda)
            {
                ReadCamunda(child, host, content, problems);
            }
            else if (child.Name.Namespace == BpmnXml.Thads)
            {
                problems.Report(child, BpmnProblemCodes.UnsupportedElement, "THADS defines no extension elements, only attributes");
            }
        }

        return content;
    }

    private static void ReadCamunda(XElement child, ExtensionHost host, ExtensionContent content, ProblemCollector problems)
    {
        switch (child.Name.LocalName)
        {
            case "properties":
                break;
            case "inputOutput" when host is ExtensionHost.Activity or ExtensionHost.CallActivity && content.InputOutput is null:
                content.InputOutput = child;
                break;
            case "in" when host is ExtensionHost.CallActivity:
                content.InMappings.Add(child);
                break;
            case "out" when host is ExtensionHost.CallActivity:
                content.OutMappings.Add(child);
                break;
            case "inputOutput" or "in" or "out":
                problems.Report(
                    child,
                    BpmnProblemCodes.UnsupportedElement,
                    $"camunda:{child.Name.LocalName} is not supported on {child.Parent?.Parent?.Name.LocalName ?? "this element"}");
                break;
            default:
                Unsupported.Report(child, problems);
                break;
        }
    }
}
