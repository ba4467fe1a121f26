namespace Thads.Enforcement.Alerts;

/// <summary>The result of raising an alert: whether it is new today, and how many leaders were mailed or queued for a digest.</summary>
public sealed record AlertOutcome(Guid AlertId, bool IsNew, int MailedNow, int QueuedForDigest);
