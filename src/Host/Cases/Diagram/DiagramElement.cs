namespace Thads.Host.Cases.Diagram;

/// <summary>One element of the process model as the picture and the timeline need it.</summary>
/// <param name="Id">The BPMN id (never shown to people).</param>
/// <param name="Kind">The BPMN element name, e.g. <c>userTask</c>, <c>exclusiveGateway</c>, <c>boundaryEvent</c>.</param>
/// <param name="Name">The name people read; null when the modeller gave none.</param>
/// <param name="EventKind">For events: <c>timer</c>, <c>message</c>, <c>error</c>, <c>terminate</c>, … (the event definition), else null.</param>
/// <param name="Interrupting">For boundary events: whether it cancels the activity it is attached to.</param>
public sealed record DiagramElement(string Id, string Kind, string? Name, string? EventKind, bool Interrupting)
{
    public bool IsGateway => Kind.EndsWith("Gateway", StringComparison.Ordinal);

    public bool IsEvent => Kind.EndsWith("Event", StringComparison.Ordinal);

    public bool IsUserTask => Kind == "userTask";

    public bool IsSubProcess => Kind is "subProcess" or "transaction" or "adHocSubProcess";

    public bool IsFlow => Kind is "sequenceFlow" or "messageFlow" or "association" or "dataInputAssociation" or "dataOutputAssociation";
}
