namespace Thads.Host.Mail;

/// <summary>One message of the outbox with its bodies, for the administrators' detail page.</summary>
public sealed record MailOutboxDetail(MailOutboxEntry Entry, string TextBody, string? HtmlBody, string? LinkPath);
