using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// The text content of elements such as <c>script</c> or <c>conditionExpression</c>. Only direct text and
/// CDATA children count; <see cref="XElement.Value"/> is avoided because it recurses into any depth of
/// children, which a hostile file could make deep enough to overflow the stack.
/// </summary>
internal static class ElementText
{
    /// <summary>The trimmed text, or null when empty. Child elements are refused as unsupported content.</summary>
    public static string? Read(XElement element, ProblemCollector problems)
    {
        if (element.Elements().FirstOrDefault() is { } nested)
        {
            problems.Report(
                element,
                BpmnProblemCodes.UnsupportedElement,
                $"the nested element {nested.Name.LocalName} is not supported; only text content is");
        }

        var text = string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Like <see cref="Read"/>, and reports a missing text as <c>missing-content</c>.</summary>
    public static string? Require(XElement element, ProblemCollector problems, string what)
    {
        var text = Read(element, problems);
        if (text is null)
        {
            problems.Report(element, BpmnProblemCodes.MissingContent, $"{what} is empty");
        }

        return text;
    }
}
