namespace Thads.Workflows.Persistence.Rows;

internal sealed class InstanceRow
{
    public Guid Id { get; set; }

    public Guid DefinitionId { get; set; }

    public string ProcessId { get; set; } = "";

    public string? BusinessKey { get; set; }

    public int Status { get; set; }

    /// <summary>Optimistic concurrency: every commit moves it on by one.</summary>
    public long Version { get; set; }

    public long StartedAtTicks { get; set; }

    public long? EndedAtTicks { get; set; }

    public string? StartedBy { get; set; }

    public Guid? ParentInstanceId { get; set; }

    public Guid? ParentTokenId { get; set; }

    public int LastSeq { get; set; }
}
