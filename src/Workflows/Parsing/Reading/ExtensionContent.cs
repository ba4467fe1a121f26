using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>The Camunda extension elements of one element that the engine reads.</summary>
internal sealed class ExtensionContent
{
    public static readonly ExtensionContent Empty = new();

    public XElement? InputOutput { get; set; }

    public List<XElement> InMappings { get; } = [];

    public List<XElement> OutMappings { get; } = [];
}
