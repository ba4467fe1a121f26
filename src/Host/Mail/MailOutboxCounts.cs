namespace Thads.Host.Mail;

/// <summary>How many messages of the outbox are in each state.</summary>
public sealed record MailOutboxCounts(int Pending, int Sent, int Parked);
