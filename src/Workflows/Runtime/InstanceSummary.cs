namespace Thads.Workflows.Runtime;

public sealed record InstanceSummary(
    Guid Id,
    Guid DefinitionId,
    string ProcessId,
    int DefinitionVersion,
    string? BusinessKey,
    InstanceStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    Guid? ParentInstanceId);
