using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Reads a sequence flow and its optional JavaScript condition.</summary>
internal static class SequenceFlowReader
{
    private static readonly IReadOnlySet<string> OwnChildren = new HashSet<string>(StringComparer.Ordinal) { "conditionExpression" };

    public static FlowDraft Read(XElement element, ProblemCollector problems)
    {
        ExtensionAttributeCheck.Check(element, problems);
        var children = FlowElementChildren.Read(element, OwnChildren, problems);
        ExtensionElementsReader.Read(children.ExtensionElements, ExtensionHost.Other, problems);
        return new FlowDraft(
            element,
            Require(element, "id", problems),
            ElementInfo.Attribute(element, "name"),
            Require(element, "sourceRef", problems),
            Require(element, "targetRef", problems),
            ReadCondition(children.Specific, problems));
    }

    private static string? ReadCondition(IReadOnlyList<XElement> conditions, ProblemCollector problems)
    {
        foreach (var extra in conditions.Skip(1))
        {
            problems.Report(extra, BpmnProblemCodes.UnsupportedElement, "a sequence flow can have only one conditionExpression");
        }

        if (conditions.FirstOrDefault() is not { } condition)
        {
            return null;
        }

        ExtensionAttributeCheck.Check(condition, problems);
        var language = ElementInfo.Attribute(condition, "language");
        if (!ScriptLanguage.IsJavaScript(language))
        {
            problems.Report(
                condition,
                BpmnProblemCodes.UnsupportedScriptLanguage,
                $"condition language {ElementInfo.Quote(language!)} is not supported; conditions are JavaScript");
        }

        var text = ElementText.Require(condition, problems, "conditionExpression");
        return text is null ? null : ExpressionText.Condition(text);
    }

    private static string? Require(XElement element, string attribute, ProblemCollector problems)
    {
        var value = ElementInfo.Attribute(element, attribute);
        if (value is null)
        {
            problems.Report(element, BpmnProblemCodes.MissingAttribute, $"{attribute} is required");
        }

        return value;
    }
}
