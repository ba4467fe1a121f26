using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// The BPMN children of a flow node or sequence flow, sorted into the parts every flow element may have
/// (documentation, extension elements, incoming/outgoing) and the ones its own reader asked for. Any other
/// BPMN child is refused; foreign-namespace children are ignored.
/// </summary>
internal sealed class FlowElementChildren
{
    /// <summary>Children that describe but never change execution.</summary>
    private static readonly HashSet<string> DocumentationOnly = new(StringComparer.Ordinal)
    {
        "documentation",
        "dataInputAssociation",
        "dataOutputAssociation",

        // bpmn.io adds a placeholder property when a data input association is drawn onto a task.
        "property",
    };

    private readonly List<XElement> _specific = [];

    private FlowElementChildren()
    {
    }

    public List<string> Incoming { get; } = [];

    public List<string> Outgoing { get; } = [];

    public List<XElement> ExtensionElements { get; } = [];

    /// <param name="element">The flow element.</param>
    /// <param name="specificNames">The children the element's own reader handles, e.g. <c>script</c>.</param>
    /// <param name="problems">Where refused children are reported.</param>
    /// <param name="refuseOthers">False for subprocesses, whose other children are the flow elements of their scope.</param>
    public static FlowElementChildren Read(
        XElement element,
        IReadOnlySet<string> specificNames,
        ProblemCollector problems,
        bool refuseOthers = true)
    {
        var children = new FlowElementChildren();
        foreach (var child in element.Elements())
        {
            if (BpmnXml.IsModel(child))
            {
                children.Sort(child, specificNames, problems, refuseOthers);
            }
        }

        return children;
    }

    /// <summary>The children with this local name that were asked for, in document order.</summary>
    public IEnumerable<XElement> Named(string localName) => _specific.Where(e => e.Name.LocalName == localName);

    public IReadOnlyList<XElement> Specific => _specific;

    private void Sort(XElement child, IReadOnlySet<string> specificNames, ProblemCollector problems, bool refuseOthers)
    {
        var name = child.Name.LocalName;
        if (DocumentationOnly.Contains(name))
        {
            return;
        }

        switch (name)
        {
            case "extensionElements":
                ExtensionElements.Add(child);
                break;
            case "incoming":
                AddReference(Incoming, child, problems);
                break;
            case "outgoing":
                AddReference(Outgoing, child, problems);
                break;
            default:
                if (specificNames.Contains(name))
                {
                    _specific.Add(child);
                }
                else if (refuseOthers)
                {
                    Unsupported.Report(child, problems);
                }

                break;
        }
    }

    private static void AddReference(List<string> references, XElement child, ProblemCollector problems)
    {
        if (ElementText.Read(child, problems) is { } id)
        {
            references.Add(id);
        }
    }
}
