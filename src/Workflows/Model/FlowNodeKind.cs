namespace Thads.Workflows.Model;

/// <summary>The BPMN element types the engine executes.</summary>
public enum FlowNodeKind
{
    StartEvent,
    EndEvent,
    Task,
    UserTask,
    ServiceTask,
    ScriptTask,
    ManualTask,
    ReceiveTask,
    ExclusiveGateway,
    ParallelGateway,
    InclusiveGateway,
    IntermediateCatchEvent,
    BoundaryEvent,
    SubProcess,
    CallActivity,
}
