namespace Thads.Workflows.Runtime.State;

internal sealed class UserTaskState
{
    public required Guid Id { get; init; }

    public required Guid TokenId { get; init; }

    public required string ElementId { get; init; }

    public string? Name { get; init; }

    public string? Assignee { get; set; }

    public string? CandidateRole { get; init; }

    public string? CandidateUnit { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public string? FormKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public UserTaskStatus Status { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public string? CompletedBy { get; set; }

    public UserTaskState Clone() => (UserTaskState)MemberwiseClone();

    public UserTaskInfo ToInfo(InstanceState instance) => new(
        Id, instance.Id, instance.ProcessId, instance.BusinessKey, ElementId, Name, Assignee, CandidateRole, CandidateUnit, DueAt, FormKey,
        CreatedAt, Status, EndedAt, CompletedBy);
}
