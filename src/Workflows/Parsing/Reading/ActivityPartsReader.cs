using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Reads the parts common to all activities: loop, input/output mappings, default flow, children.</summary>
internal static class ActivityPartsReader
{
    private const string MultiInstance = "multiInstanceLoopCharacteristics";

    /// <param name="element">The activity.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="host">Which Camunda extension elements the activity may have.</param>
    /// <param name="ownChildren">Type-specific children the caller reads, e.g. <c>script</c>.</param>
    /// <param name="refuseOthers">False for subprocesses, whose other children are read as a scope.</param>
    public static ActivityParts Read(
        XElement element,
        ProblemCollector problems,
        ExtensionHost host = ExtensionHost.Activity,
        IEnumerable<string>? ownChildren = null,
        bool refuseOthers = true)
    {
        var names = new HashSet<string>(ownChildren ?? [], StringComparer.Ordinal) { MultiInstance };
        var children = FlowElementChildren.Read(element, names, problems, refuseOthers);
        var extensions = ExtensionElementsReader.Read(children.ExtensionElements, host, problems);
        var (inputs, outputs) = InputOutputReader.Read(extensions.InputOutput, problems);
        var multiInstance = MultiInstanceReader.Read(children.Named(MultiInstance), problems);
        if (XsdBoolean.Read(element, "isForCompensation", whenAbsent: false, problems))
        {
            problems.Report(element, BpmnProblemCodes.UnsupportedAttribute, "compensation handlers are not supported");
        }

        return new ActivityParts(multiInstance, inputs, outputs, children, extensions, ElementInfo.Attribute(element, "default"));
    }
}
