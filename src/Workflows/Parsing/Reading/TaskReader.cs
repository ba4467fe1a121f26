using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Builds tasks and call activities. A task with a problem is still built with a placeholder value, so the
/// graph around it can be validated and every problem of the file is reported in one pass.
/// </summary>
internal sealed class TaskReader(ParseContext context)
{
    private ProblemCollector Problems => context.Problems;

    public NodeDraft Read(XElement element, NodeHeader header) => element.Name.LocalName switch
    {
        "task" => Plain(element, header, FlowNodeKind.Task),
        "manualTask" => Plain(element, header, FlowNodeKind.ManualTask),
        "serviceTask" => Service(element, header),
        "receiveTask" => Receive(element, header),
        "userTask" => UserTaskReader.Read(element, header, Problems),
        "scriptTask" => ScriptTaskReader.Read(element, header, Problems),
        "callActivity" => CallActivityReader.Read(element, header, Problems),
        var other => throw new ArgumentException($"{other} is not a task.", nameof(element)),
    };

    private NodeDraft Plain(XElement element, NodeHeader header, FlowNodeKind kind)
    {
        var parts = ActivityPartsReader.Read(element, Problems);
        var node = new TaskNode(header.Id, header.Name, header.Location, kind)
        {
            MultiInstance = parts.MultiInstance,
            Inputs = parts.Inputs,
            Outputs = parts.Outputs,
        };
        return parts.ToDraft(node, element);
    }

    private NodeDraft Service(XElement element, NodeHeader header)
    {
        var parts = ActivityPartsReader.Read(element, Problems);
        var activityType = ElementInfo.Thads(element, "activity");
        if (activityType is null)
        {
            Problems.Report(
                element,
                BpmnProblemCodes.MissingAttribute,
                "thads:activity is required: it names the registered activity the service task runs");
        }

        var node = new ServiceTaskNode(header.Id, header.Name, header.Location, activityType ?? "")
        {
            MultiInstance = parts.MultiInstance,
            Inputs = parts.Inputs,
            Outputs = parts.Outputs,
        };
        return parts.ToDraft(node, element);
    }

    private NodeDraft Receive(XElement element, NodeHeader header)
    {
        var parts = ActivityPartsReader.Read(element, Problems);
        if (XsdBoolean.Read(element, "instantiate", whenAbsent: false, Problems))
        {
            Problems.Report(element, BpmnProblemCodes.UnsupportedAttribute, "receive tasks that start a process (instantiate) are not supported");
        }

        var messageName = context.References.ResolveMessage(element);
        var node = new ReceiveTaskNode(header.Id, header.Name, header.Location, messageName ?? "")
        {
            MultiInstance = parts.MultiInstance,
            Inputs = parts.Inputs,
            Outputs = parts.Outputs,
        };
        return parts.ToDraft(node, element);
    }
}
