namespace Thads.Workflows.Runtime.State;

/// <summary>
/// What firing a start timer does to it, committed with the instance it started: moved to its next due
/// time, or removed when it has no next one. The store applies it only while the timer is still due at
/// <see cref="FiredDueAt"/>, so two nodes firing it at once start one instance, not two.
/// </summary>
internal sealed record StartTimerChange(Guid Id, DateTimeOffset FiredDueAt, DateTimeOffset? NextDueAt, int? RemainingRepetitions);
