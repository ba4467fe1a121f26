using System.Xml;
using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Attribute access and descriptions shared by the readers.</summary>
internal static class ElementInfo
{
    public static string? Id(XElement element) => Attribute(element, "id");

    /// <summary>The trimmed value, or null when the attribute is absent or blank (tools write blanks for "unset").</summary>
    public static string? Attribute(XElement element, XName name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static string? Camunda(XElement element, string name) => Attribute(element, BpmnXml.Camunda + name);

    public static string? Thads(XElement element, string name) => Attribute(element, BpmnXml.Thads + name);

    /// <summary>
    /// The element's line and the column of its <c>&lt;</c> (the reader reports the name, one column later),
    /// so that positions point where an editor's cursor should go.
    /// </summary>
    public static (int Line, int Column) Position(XElement element)
    {
        IXmlLineInfo info = element;
        return info.HasLineInfo() ? (info.LineNumber, Math.Max(info.LinePosition - 1, 1)) : (1, 1);
    }

    /// <summary>The element's id, else the nearest ancestor's: the id a user can search for in the modeler.</summary>
    public static string? OwnerId(XElement element)
    {
        for (var current = element; current is not null; current = current.Parent)
        {
            if (Id(current) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>"userTask 'Task_1'" for elements with an id, "script in 'Task_1'" for their parts.</summary>
    public static string Describe(XElement element)
    {
        var name = QualifiedName(element);
        if (Id(element) is { } id)
        {
            return $"{name} '{id}'";
        }

        return OwnerId(element) is { } owner ? $"{name} in '{owner}'" : name;
    }

    /// <summary>The local name, prefixed for the extension namespaces (<c>camunda:taskListener</c>).</summary>
    public static string QualifiedName(XElement element) =>
        element.Name.Namespace == BpmnXml.Camunda ? "camunda:" + element.Name.LocalName
        : element.Name.Namespace == BpmnXml.Thads ? "thads:" + element.Name.LocalName
        : element.Name.LocalName;

    /// <summary>Quotes user text in a message, cut short so a huge value cannot swamp the report.</summary>
    public static string Quote(string text) => text.Length <= 80 ? $"'{text}'" : $"'{text[..77]}...'";
}
