namespace Thads.Workflows.Persistence;

/// <summary>Times are stored as UTC ticks and read back in the store's display offset.</summary>
internal readonly struct StoredTime(TimeSpan offset)
{
    public static long Ticks(DateTimeOffset time) => time.UtcTicks;

    public static long? Ticks(DateTimeOffset? time) => time?.UtcTicks;

    public DateTimeOffset Read(long ticks) => new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(offset);

    public DateTimeOffset? Read(long? ticks) => ticks is { } t ? Read(t) : null;
}
