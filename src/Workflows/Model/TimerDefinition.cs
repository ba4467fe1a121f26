namespace Thads.Workflows.Model;

/// <summary>
/// A BPMN <c>timerEventDefinition</c>: an ISO 8601 date, duration or cycle. <see cref="Expression"/> is the
/// text as written (it may be <c>${…}</c>); <see cref="Calendar"/> is the <c>thads:calendar</c> extension
/// (null for calendar time, <c>working-days</c> to count working days).
/// </summary>
public sealed record TimerDefinition(TimerKind Kind, string Expression, string? Calendar);
