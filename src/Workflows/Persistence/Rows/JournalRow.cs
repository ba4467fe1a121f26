namespace Thads.Workflows.Persistence.Rows;

/// <summary>One journal event, keyed by instance and sequence so history reads in order without sorting.</summary>
internal sealed class JournalRow
{
    public Guid InstanceId { get; set; }

    public int Seq { get; set; }

    public long TimeTicks { get; set; }

    public int OffsetMinutes { get; set; }

    public string Type { get; set; } = "";

    public string? ElementId { get; set; }

    public Guid? TokenId { get; set; }

    public Guid? TaskId { get; set; }

    public string? Actor { get; set; }

    public string? Detail { get; set; }
}
