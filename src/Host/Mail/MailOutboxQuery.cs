namespace Thads.Host.Mail;

/// <summary>A page of the outbox for administrators: by state, and by text in a recipient or the subject.</summary>
/// <param name="Page">From 1.</param>
public sealed record MailOutboxQuery(MailStatus? Status = null, string? Search = null, int Page = 1, int PageSize = 50);
