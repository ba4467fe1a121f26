using Thads.Workflows.Runtime;

namespace Thads.Host.Designer;

/// <summary>An instance in the monitor's list.</summary>
public sealed record InstanceListItem(Guid Id, string ProcessId, int Version, string? BusinessKey, InstanceStatus Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);
