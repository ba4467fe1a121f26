namespace Thads.Host.Designer;

/// <summary>An open user task drawn on the instance diagram.</summary>
public sealed record InstanceTaskItem(Guid Id, string ElementId, string? Name, string? Assignee, string? CandidateRole, string? CandidateUnit, DateTimeOffset CreatedAt, DateTimeOffset? DueAt);
