namespace Thads.Workflows.Runtime;

public sealed record IncidentInfo(
    Guid Id,
    Guid InstanceId,
    string ProcessId,
    string ElementId,
    string Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt);
