namespace Thads.Host.Cases.Timeline;

/// <summary>One line of a case's history in plain words, with the details under it.</summary>
/// <param name="Actor">Who did it, as "Full Name (user)"; null for the system (timers, automatic steps).</param>
public sealed record TimelineEntry(DateTimeOffset At, TimelineSource Source, string? Actor, string Title, IReadOnlyList<string> Details);
