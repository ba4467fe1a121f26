namespace Thads.Workflows.Runtime;

/// <summary>Filters for the task list; null means "any". Results are ordered by due date, then creation.</summary>
public sealed record TaskQuery
{
    public Guid? InstanceId { get; init; }

    public string? Assignee { get; init; }

    public string? CandidateRole { get; init; }

    public string? CandidateUnit { get; init; }

    public bool OpenOnly { get; init; } = true;

    public int Skip { get; init; }

    public int Take { get; init; } = 100;
}
