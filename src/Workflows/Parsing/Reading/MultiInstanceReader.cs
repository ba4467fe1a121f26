using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Reads <c>multiInstanceLoopCharacteristics</c>. Cardinality, collection and completion condition are stored
/// as JavaScript expressions: <c>${n}</c> and <c>n</c> mean the same, and a bare collection name is the
/// variable of that name.
/// </summary>
internal static class MultiInstanceReader
{
    public static MultiInstanceSpec? Read(IEnumerable<XElement> loops, ProblemCollector problems)
    {
        XElement? loop = null;
        foreach (var candidate in loops)
        {
            if (loop is null)
            {
                loop = candidate;
            }
            else
            {
                problems.Report(candidate, BpmnProblemCodes.InvalidMultiInstance, "an activity can have only one multiInstanceLoopCharacteristics");
            }
        }

        return loop is null ? null : ReadLoop(loop, problems);
    }

    private static MultiInstanceSpec? ReadLoop(XElement loop, ProblemCollector problems)
    {
        ExtensionAttributeCheck.Check(loop, problems);
        var sequential = XsdBoolean.Read(loop, "isSequential", whenAbsent: false, problems);
        XElement? cardinalityElement = null;
        string? cardinality = null;
        string? completion = null;
        foreach (var child in loop.Elements().Where(BpmnXml.IsModel))
        {
            switch (child.Name.LocalName)
            {
                case "loopCardinality":
                    cardinalityElement = child;
                    cardinality = ElementText.Require(child, problems, "loopCardinality");
                    break;
                case "completionCondition":
                    completion = ElementText.Require(child, problems, "completionCondition");
                    break;
                case "documentation":
                    break;
                case "extensionElements":
                    ExtensionElementsReader.Read([child], ExtensionHost.Other, problems);
                    break;
                default:
                    Unsupported.Report(child, problems);
                    break;
            }
        }

        var collection = ElementInfo.Camunda(loop, "collection");
        if ((cardinalityElement is null) == (collection is null))
        {
            problems.Report(
                loop,
                BpmnProblemCodes.InvalidMultiInstance,
                collection is null
                    ? "a multi-instance activity needs loopCardinality or camunda:collection"
                    : "a multi-instance activity needs loopCardinality or camunda:collection, not both");
            return null;
        }

        return new MultiInstanceSpec(
            sequential,
            AsExpression(cardinality),
            AsExpression(collection),
            ElementInfo.Camunda(loop, "elementVariable"),
            AsExpression(completion));
    }

    private static string? AsExpression(string? text) => text is null ? null : ExpressionText.Condition(text);
}
