using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Finds the one event definition of an event; which kinds are allowed is up to each event's reader.</summary>
internal static class EventDefinitions
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "timerEventDefinition",
        "messageEventDefinition",
        "errorEventDefinition",
        "terminateEventDefinition",
        "signalEventDefinition",
        "escalationEventDefinition",
        "compensateEventDefinition",
        "conditionalEventDefinition",
        "linkEventDefinition",
        "cancelEventDefinition",
        "eventDefinitionRef",
    };

    /// <summary>
    /// The event's definition (null for a none event), or false when it cannot be used: several definitions
    /// (a "multiple" event) or a reference to a shared one. Those cases are reported here.
    /// </summary>
    public static bool TryGetSingle(XElement eventElement, FlowElementChildren children, ProblemCollector problems, out XElement? definition)
    {
        definition = null;
        var definitions = children.Specific;
        // Timer definitions are checked by TimerReader, which knows thads:calendar.
        foreach (var candidate in definitions.Where(d => d.Name.LocalName != "timerEventDefinition"))
        {
            ExtensionAttributeCheck.Check(candidate, problems);
        }

        if (definitions.FirstOrDefault(d => d.Name.LocalName == "eventDefinitionRef") is { } reference)
        {
            Unsupported.Report(reference, problems);
            return false;
        }

        if (definitions.Count > 1)
        {
            problems.Report(eventElement, BpmnProblemCodes.UnsupportedElement, "events with several event definitions are not supported");
            return false;
        }

        definition = definitions.FirstOrDefault();
        return true;
    }
}
