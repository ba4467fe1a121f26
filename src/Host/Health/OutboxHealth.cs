namespace Thads.Host.Health;

/// <summary>The mail outbox in <c>/health</c>: "ok", "attention" (parked messages wait for an administrator) or "error" (unreadable).</summary>
public sealed record OutboxHealth(string Status, int Pending, int Parked);
