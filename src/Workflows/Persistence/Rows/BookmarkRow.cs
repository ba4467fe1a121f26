namespace Thads.Workflows.Persistence.Rows;

internal sealed class BookmarkRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid TokenId { get; set; }

    public int Kind { get; set; }

    public string ElementId { get; set; } = "";

    /// <summary>UTC ticks, so every provider can index and compare due times the same way.</summary>
    public long? DueAtTicks { get; set; }

    public int? RemainingRepetitions { get; set; }

    public long? ScheduledAtTicks { get; set; }

    public string? MessageName { get; set; }

    public string? CorrelationKey { get; set; }

    public Guid? CalledInstanceId { get; set; }
}
