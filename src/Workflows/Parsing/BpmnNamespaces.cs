namespace Thads.Workflows.Parsing;

/// <summary>The XML namespaces a BPMN file of this engine may use.</summary>
public static class BpmnNamespaces
{
    /// <summary>The BPMN 2.0 semantic model: processes, tasks, events, flows.</summary>
    public const string Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>BPMN diagram interchange (shapes and edges): layout only, ignored by the engine.</summary>
    public const string BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";

    /// <summary>Diagram common (bounds, points, fonts): layout only.</summary>
    public const string Dc = "http://www.omg.org/spec/DD/20100524/DC";

    /// <summary>Diagram interchange base types (waypoints, labels): layout only.</summary>
    public const string Di = "http://www.omg.org/spec/DD/20100524/DI";

    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The Camunda extensions the bpmn.io properties panel writes (assignee, inputOutput, …).</summary>
    public const string Camunda = "http://camunda.org/schema/1.0/bpmn";

    /// <summary>THADS extensions (<c>thads:activity</c>, <c>thads:candidateUnit</c>, <c>thads:calendar</c>).</summary>
    public const string Thads = "urn:thads:bpmn:1.0";
}
