using Thads.Host.Mail;

namespace Thads.Host.Admin.Outbox;

/// <summary>A page of the outbox and how many messages are in each state.</summary>
public sealed record OutboxOverview(MailOutboxPage Messages, MailOutboxCounts Counts);
