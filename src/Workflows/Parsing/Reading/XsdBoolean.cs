using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Reads <c>xsd:boolean</c> attributes (<c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>).</summary>
internal static class XsdBoolean
{
    /// <summary>The attribute's value, <paramref name="whenAbsent"/> if it is missing; anything else is reported.</summary>
    public static bool Read(XElement element, XName attribute, bool whenAbsent, ProblemCollector problems)
    {
        var text = ElementInfo.Attribute(element, attribute);
        switch (text)
        {
            case null:
                return whenAbsent;
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                problems.Report(
                    element,
                    BpmnProblemCodes.InvalidAttributeValue,
                    $"{attribute.LocalName} must be true or false, not {ElementInfo.Quote(text)}");
                return whenAbsent;
        }
    }
}
