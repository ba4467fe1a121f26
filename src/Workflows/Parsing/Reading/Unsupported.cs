using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Reports elements the engine does not execute. Refusing is deliberate: skipping an element with execution
/// meaning would run a different process from the one the user drew.
/// </summary>
internal static class Unsupported
{
    private static readonly Dictionary<string, string> Phrases = new(StringComparer.Ordinal)
    {
        ["sendTask"] = "send tasks are not supported",
        ["businessRuleTask"] = "business rule tasks are not supported",
        ["eventBasedGateway"] = "event-based gateways are not supported",
        ["complexGateway"] = "complex gateways are not supported",
        ["intermediateThrowEvent"] = "intermediate throw events are not supported",
        ["transaction"] = "transactions are not supported",
        ["adHocSubProcess"] = "ad-hoc subprocesses are not supported",
        ["standardLoopCharacteristics"] = "standard loops are not supported (use multiInstanceLoopCharacteristics)",
        ["ioSpecification"] = "data inputs and outputs are not supported (use camunda:inputOutput)",
        ["signal"] = "signals are not supported",
        ["escalation"] = "escalations are not supported",
        ["import"] = "imports are not supported",
        ["eventDefinitionRef"] = "shared event definitions are not supported",
        ["camunda:executionListener"] = "execution listeners are not supported",
        ["camunda:taskListener"] = "task listeners are not supported",
        ["camunda:failedJobRetryTimeCycle"] = "job retry cycles are not supported",
        ["camunda:connector"] = "connectors are not supported",
        ["camunda:field"] = "field injection is not supported",
        ["camunda:formData"] = "generated forms are not supported (use camunda:formKey)",
        ["camunda:script"] = "script values are not supported",
        ["camunda:list"] = "list values are not supported",
        ["camunda:map"] = "map values are not supported",
    };

    /// <summary>Reports <paramref name="element"/> as an unsupported element, named by type and id.</summary>
    public static void Report(XElement element, ProblemCollector problems)
    {
        var name = ElementInfo.QualifiedName(element);
        var phrase = Phrases.GetValueOrDefault(name) ?? $"{name} elements are not supported here";
        problems.Report(element, BpmnProblemCodes.UnsupportedElement, phrase);
    }

    /// <summary>
    /// Reports an event whose definition the engine does not handle for that kind of event, e.g.
    /// "timer start events are not supported yet"; the problem is filed under the event's id.
    /// </summary>
    public static void ReportEventDefinition(XElement eventElement, XElement definition, string eventKind, ProblemCollector problems)
    {
        var trigger = definition.Name.LocalName.Replace("EventDefinition", "", StringComparison.Ordinal);
        problems.Report(
            eventElement,
            BpmnProblemCodes.UnsupportedElement,
            $"{trigger} {eventKind} are not supported yet ({definition.Name.LocalName})");
    }
}
