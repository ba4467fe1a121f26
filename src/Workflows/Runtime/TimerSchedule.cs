namespace Thads.Workflows.Runtime;

/// <summary>A timer bookmark and when it is due.</summary>
public readonly record struct TimerSchedule(BookmarkRef Timer, DateTimeOffset DueAt);
