namespace Thads.Workflows.Runtime;

/// <summary>
/// One journal entry: something that happened to an instance. Every element entered and left produces
/// one (<see cref="WorkflowEventTypes"/>); the same objects are stored in the journal and streamed to observers.
/// </summary>
public sealed record WorkflowEvent(
    Guid InstanceId,
    int Seq,
    DateTimeOffset Time,
    string Type,
    string ProcessId,
    string? ElementId,
    Guid? TokenId = null,
    Guid? TaskId = null,
    string? Actor = null,
    string? Detail = null);
