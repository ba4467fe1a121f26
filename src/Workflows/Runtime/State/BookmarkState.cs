namespace Thads.Workflows.Runtime.State;

/// <summary>
/// A durable wait: a timer (due time, and for cycles the repetitions left), a message (name and
/// correlation key), or a called process. <see cref="ElementId"/> is the element that reacts: the catch
/// event, receive task, boundary event or call activity.
/// </summary>
internal sealed class BookmarkState
{
    public required Guid Id { get; init; }

    public required Guid TokenId { get; init; }

    public required BookmarkKind Kind { get; init; }

    public required string ElementId { get; init; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>When a timer was set: the start of its period, so a calendar change can count it again.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>For cycle timers: how many firings remain after the next one (-1 = unbounded).</summary>
    public int? RemainingRepetitions { get; set; }

    public string? MessageName { get; init; }

    public string? CorrelationKey { get; init; }

    public Guid? CalledInstanceId { get; set; }

    public BookmarkState Clone() => (BookmarkState)MemberwiseClone();
}
