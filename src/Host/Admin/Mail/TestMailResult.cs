namespace Thads.Host.Admin.Mail;

/// <param name="MessageId">The outbox message, to follow it on the outbox page.</param>
/// <param name="Error">The server's or the connection's error text of the last attempt, if any.</param>
public sealed record TestMailResult(long MessageId, string To, TestMailOutcome Outcome, string Transport, int Attempts, string? Error);
