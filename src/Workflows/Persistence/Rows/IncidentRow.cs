namespace Thads.Workflows.Persistence.Rows;

internal sealed class IncidentRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string ProcessId { get; set; } = "";

    public Guid TokenId { get; set; }

    public string ElementId { get; set; } = "";

    public string Message { get; set; } = "";

    public int Retry { get; set; }

    public long CreatedAtTicks { get; set; }

    public long? ResolvedAtTicks { get; set; }
}
