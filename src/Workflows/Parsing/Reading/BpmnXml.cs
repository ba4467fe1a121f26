using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Namespaces as <see cref="XNamespace"/> values and small questions about them.</summary>
internal static class BpmnXml
{
    public static readonly XNamespace Model = BpmnNamespaces.Bpmn;
    public static readonly XNamespace Camunda = BpmnNamespaces.Camunda;
    public static readonly XNamespace Thads = BpmnNamespaces.Thads;

    public static bool IsModel(XElement element) => element.Name.Namespace == Model;

    public static bool IsDiagram(XNamespace ns) =>
        ns == BpmnNamespaces.BpmnDi || ns == BpmnNamespaces.Dc || ns == BpmnNamespaces.Di;
}
