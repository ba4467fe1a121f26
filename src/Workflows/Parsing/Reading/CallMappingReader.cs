using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Reads <c>camunda:in</c> / <c>camunda:out</c>: <c>variables="all"</c>, or one of <c>source</c> (a variable
/// name) and <c>sourceExpression</c> (stored without its <c>${}</c>) plus a <c>target</c>.
/// </summary>
internal static class CallMappingReader
{
    public static CallMappings Read(ExtensionContent extensions, ProblemCollector problems)
    {
        var (inMappings, passAllIn) = ReadAll(extensions.InMappings, problems);
        var (outMappings, passAllOut) = ReadAll(extensions.OutMappings, problems);
        return new CallMappings(inMappings, outMappings, passAllIn, passAllOut);
    }

    private static (List<VariableMapping> Mappings, bool PassAll) ReadAll(IEnumerable<XElement> elements, ProblemCollector problems)
    {
        var mappings = new List<VariableMapping>();
        var passAll = false;
        foreach (var element in elements)
        {
            if (IsRefused(element, problems))
            {
                continue;
            }

            var variables = ElementInfo.Attribute(element, "variables");
            if (variables is null)
            {
                if (ReadMapping(element, problems) is { } mapping)
                {
                    mappings.Add(mapping);
                }
            }
            else if (variables == "all")
            {
                passAll = true;
            }
            else
            {
                problems.Report(element, BpmnProblemCodes.InvalidAttributeValue, $"variables must be 'all', not {ElementInfo.Quote(variables)}");
            }
        }

        return (mappings, passAll);
    }

    private static VariableMapping? ReadMapping(XElement element, ProblemCollector problems)
    {
        var source = ElementInfo.Attribute(element, "source");
        var sourceExpression = ElementInfo.Attribute(element, "sourceExpression");
        var target = ElementInfo.Attribute(element, "target");
        var valid = true;
        if ((source is null) == (sourceExpression is null))
        {
            problems.Report(
                element,
                source is null ? BpmnProblemCodes.MissingAttribute : BpmnProblemCodes.InvalidAttributeValue,
                "exactly one of source and sourceExpression is required");
            valid = false;
        }

        if (target is null)
        {
            problems.Report(element, BpmnProblemCodes.MissingAttribute, "target is required");
            valid = false;
        }

        var expression = sourceExpression is null ? null : ExpressionText.Condition(sourceExpression);
        return valid ? new VariableMapping(source, expression, target!) : null;
    }

    // Both change which variables or which business key the called process sees, so ignoring them would lie.
    private static bool IsRefused(XElement element, ProblemCollector problems)
    {
        if (XsdBoolean.Read(element, "local", whenAbsent: false, problems))
        {
            problems.Report(element, BpmnProblemCodes.UnsupportedAttribute, "local variable mappings are not supported");
            return true;
        }

        if (element.Attribute("businessKey") is not null)
        {
            problems.Report(element, BpmnProblemCodes.UnsupportedAttribute, "passing a business key to the called process is not supported");
            return true;
        }

        return false;
    }
}
