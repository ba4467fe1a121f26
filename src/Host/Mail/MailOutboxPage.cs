namespace Thads.Host.Mail;

/// <summary>One page of <see cref="MailOutboxEntry"/>, newest first, and how many match in all.</summary>
public sealed record MailOutboxPage(IReadOnlyList<MailOutboxEntry> Items, int Page, int PageSize, int Total);
