namespace Thads.Enforcement.Statistics.Engine;

/// <summary>Who closed the period (chốt số liệu) and when; carried inside a closed report's snapshot.</summary>
public sealed record ClosingStamp(DateTimeOffset At, string By);
