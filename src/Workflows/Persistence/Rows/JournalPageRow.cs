namespace Thads.Workflows.Persistence.Rows;

/// <summary>
/// The journal of one stimulus in one instance: every event it produced, which all share one time and one
/// actor because a stimulus is one transaction. One row per commit instead of one per event keeps writes
/// cheap and history compact; <see cref="JournalPage"/> reads the events back.
/// </summary>
internal sealed class JournalPageRow
{
    public Guid InstanceId { get; set; }

    public int FirstSeq { get; set; }

    public int LastSeq { get; set; }

    public long TimeTicks { get; set; }

    public int OffsetMinutes { get; set; }

    public string? Actor { get; set; }

    /// <summary>The events as a JSON array (see <see cref="JournalPage"/>).</summary>
    public string Events { get; set; } = "[]";
}
