namespace Thads.Workflows.Runtime;

public sealed record UserTaskInfo(
    Guid Id,
    Guid InstanceId,
    string ProcessId,
    string? BusinessKey,
    string ElementId,
    string? Name,
    string? Assignee,
    string? CandidateRole,
    string? CandidateUnit,
    DateTimeOffset? DueAt,
    string? FormKey,
    DateTimeOffset CreatedAt,
    UserTaskStatus Status,
    DateTimeOffset? EndedAt,
    string? CompletedBy);
