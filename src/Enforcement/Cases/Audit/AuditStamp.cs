namespace Thads.Enforcement.Cases.Audit;

/// <summary>Who is changing case data through a context, and the moment every audit row of its next save carries.</summary>
public sealed record AuditStamp(string Actor, DateTimeOffset At);
