namespace Thads.Workflows.Runtime.Execution;

/// <summary>When a timer fires first, and for a cycle how many more firings follow (-1 = without end, null = none).</summary>
internal readonly record struct TimerDue(DateTimeOffset At, int? RemainingRepetitions);
