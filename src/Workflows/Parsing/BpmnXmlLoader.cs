using System.Xml.Linq;
using Thads.Workflows.Parsing.Xml;

namespace Thads.Workflows.Parsing;

/// <summary>
/// Loads BPMN XML as a plain <see cref="XDocument"/> with the parser's hardened settings (no DTD, no entities, no
/// resolver, size and nesting limits), for readers of the parts the engine ignores, such as the diagram interchange.
/// </summary>
public static class BpmnXmlLoader
{
    /// <summary>The document, or null with the one problem that stopped loading it.</summary>
    public static XDocument? Load(string xml, string fileName, out BpmnProblem? problem, BpmnParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(fileName);
        var result = new XmlDocumentLoader(fileName, options ?? new BpmnParserOptions()).Load(xml);
        problem = result.Problem;
        return result.Document;
    }
}
