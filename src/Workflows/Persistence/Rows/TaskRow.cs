namespace Thads.Workflows.Persistence.Rows;

/// <summary>A user task; kept after it ends as history. Process id and business key are copied for task lists.</summary>
internal sealed class TaskRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid TokenId { get; set; }

    public string ProcessId { get; set; } = "";

    public string? BusinessKey { get; set; }

    public string ElementId { get; set; } = "";

    public string? Name { get; set; }

    public string? Assignee { get; set; }

    public string? CandidateRole { get; set; }

    public string? CandidateUnit { get; set; }

    public long? DueAtTicks { get; set; }

    public string? FormKey { get; set; }

    public long CreatedAtTicks { get; set; }

    public int Status { get; set; }

    public long? EndedAtTicks { get; set; }

    public string? CompletedBy { get; set; }
}
