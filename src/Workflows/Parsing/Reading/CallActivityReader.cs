using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Reads a call activity: the called process and the variable mappings in both directions.</summary>
internal static class CallActivityReader
{
    public static NodeDraft Read(XElement element, NodeHeader header, ProblemCollector problems)
    {
        var parts = ActivityPartsReader.Read(element, problems, ExtensionHost.CallActivity);
        var calledElement = ElementInfo.Attribute(element, "calledElement");
        if (calledElement is null)
        {
            problems.Report(element, BpmnProblemCodes.MissingAttribute, "calledElement is required: it names the process to start");
        }

        var mappings = CallMappingReader.Read(parts.Extensions, problems);
        var node = new CallActivityNode(header.Id, header.Name, header.Location, calledElement ?? "")
        {
            MultiInstance = parts.MultiInstance,
            Inputs = parts.Inputs,
            Outputs = parts.Outputs,
            InMappings = mappings.In,
            OutMappings = mappings.Out,
            PassAllIn = mappings.PassAllIn,
            PassAllOut = mappings.PassAllOut,
        };
        return parts.ToDraft(node, element);
    }
}
