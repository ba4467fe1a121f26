namespace Thads.Workflows.Runtime;

/// <summary>Filters for the task list; null means "any", and every given filter must hold. Results are ordered by due date, then creation.</summary>
public sealed record TaskQuery
{
    public Guid? InstanceId { get; init; }

    public string? Assignee { get; init; }

    public string? CandidateRole { get; init; }

    public string? CandidateUnit { get; init; }

    /// <summary>The task's candidate role is one of these (an inbox over all of a user's roles in one query).</summary>
    public IReadOnlyCollection<string>? CandidateRoles { get; init; }

    /// <summary>The task's candidate unit is one of these (an inbox over a unit subtree in one query).</summary>
    public IReadOnlyCollection<string>? CandidateUnits { get; init; }

    /// <summary>Only tasks nobody has claimed yet.</summary>
    public bool UnassignedOnly { get; init; }

    /// <summary>
    /// The business key contains this text (case-insensitive for ASCII), or is one of <see cref="OrBusinessKeys"/>:
    /// a search box that matches a case number typed in part, or the cases a caller found by other means.
    /// </summary>
    public string? BusinessKeyContains { get; init; }

    /// <summary>With <see cref="BusinessKeyContains"/>: further business keys that also match.</summary>
    public IReadOnlyCollection<string>? OrBusinessKeys { get; init; }

    public bool OpenOnly { get; init; } = true;

    public int Skip { get; init; }

    public int Take { get; init; } = 100;
}
