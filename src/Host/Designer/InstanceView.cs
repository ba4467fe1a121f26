using Thads.Workflows.Runtime;

namespace Thads.Host.Designer;

/// <summary>
/// One instance over the diagram of the version it runs on: elements completed (with how many times), where tokens
/// wait now, open tasks and open incidents.
/// </summary>
public sealed record InstanceView(
    Guid Id,
    string ProcessId,
    int Version,
    string? BusinessKey,
    InstanceStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string Xml,
    IReadOnlyDictionary<string, int> Completed,
    IReadOnlyList<string> Active,
    IReadOnlyList<InstanceTaskItem> OpenTasks,
    IReadOnlyList<IncidentItem> Incidents);
