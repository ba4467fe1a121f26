namespace Thads.Workflows.Runtime.State;

/// <summary>
/// The next due time of a timer start event of the latest version of a process. Deploying a new version
/// replaces the key's start timers (instances are started by the latest version only).
/// </summary>
internal sealed record StartTimerState(Guid Id, Guid DefinitionId, string ProcessKey, string ElementId, DateTimeOffset DueAt, int? RemainingRepetitions);
