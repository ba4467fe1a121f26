using System.Text.Json.Nodes;

namespace Thads.Workflows.Runtime;

/// <summary>An instance as it stands: status, process variables, where its tokens wait, and its open user tasks.</summary>
public sealed record InstanceSnapshot(
    Guid Id,
    Guid DefinitionId,
    string ProcessId,
    string? BusinessKey,
    InstanceStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    Guid? ParentInstanceId,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyList<TokenPosition> Tokens,
    IReadOnlyList<UserTaskInfo> OpenTasks);
