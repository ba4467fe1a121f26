namespace Thads.Host.Admin.Mail;

/// <summary>
/// The non-secret SMTP settings an administrator stores. A null value removes the stored one, so the configured value
/// applies again; an empty <see cref="Host"/> switches SMTP off (messages are written to files).
/// </summary>
/// <param name="Security">None, StartTls or SslOnConnect.</param>
public sealed record MailSettingsInput(string? Host, int? Port, string? Security, string? User, string? From);
