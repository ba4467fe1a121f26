namespace Thads.Host.Designer;

/// <summary>A failed step waiting for an administrator: retry it once the cause is fixed.</summary>
public sealed record IncidentItem(Guid Id, Guid InstanceId, string ProcessId, string? BusinessKey, string ElementId, string Message, DateTimeOffset CreatedAt);
