using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Dispatches the supported flow node elements (all but subprocesses, which open a scope) to their readers.</summary>
internal sealed class FlowNodeReader(ParseContext context)
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "startEvent",
        "endEvent",
        "intermediateCatchEvent",
        "boundaryEvent",
        "task",
        "manualTask",
        "userTask",
        "serviceTask",
        "scriptTask",
        "receiveTask",
        "callActivity",
        "exclusiveGateway",
        "parallelGateway",
        "inclusiveGateway",
    };

    private readonly EventReader _events = new(context);
    private readonly BoundaryEventReader _boundaries = new(context);
    private readonly TaskReader _tasks = new(context);

    public static bool Handles(string localName) => Supported.Contains(localName);

    /// <summary>The node, or null when it has no id or is of an unsupported kind (both reported).</summary>
    public NodeDraft? Read(XElement element, ScopeDraft scope)
    {
        var header = ReadHeader(element);
        if (header is null)
        {
            return null;
        }

        return element.Name.LocalName switch
        {
            "startEvent" => _events.ReadStart(element, header, scope),
            "endEvent" => _events.ReadEnd(element, header),
            "intermediateCatchEvent" => _events.ReadIntermediateCatch(element, header),
            "boundaryEvent" => _boundaries.Read(element, header),
            "exclusiveGateway" or "parallelGateway" or "inclusiveGateway" => GatewayReader.Read(element, header, context.Problems),
            _ => _tasks.Read(element, header),
        };
    }

    /// <summary>Id, name and location; also refuses unknown or behaviour-changing extension attributes.</summary>
    public NodeHeader? ReadHeader(XElement element)
    {
        var problems = context.Problems;
        var id = ElementInfo.Id(element);
        if (id is null)
        {
            problems.Report(element, BpmnProblemCodes.MissingAttribute, "id is required");
            return null;
        }

        ExtensionAttributeCheck.Check(element, problems, AllowedThadsAttributes(element.Name.LocalName));
        return new NodeHeader(id, ElementInfo.Attribute(element, "name"), problems.LocationOf(element));
    }

    private static string[] AllowedThadsAttributes(string localName) => localName switch
    {
        "serviceTask" => ["activity"],
        "userTask" => ["candidateUnit"],
        _ => [],
    };
}
