using Thads.Host.Mail.Configuration;

namespace Thads.Host.Mail.Settings;

/// <summary>
/// The mail settings an administrator stored in the database; each one that is not null replaces the configured value.
/// The password is deliberately absent: it stays in configuration or the environment (<c>Mail__Smtp__Password</c>).
/// </summary>
/// <param name="Host">An empty string switches SMTP off (messages go to the pickup directory).</param>
public sealed record MailSettingsOverride(string? Host, int? Port, MailSecurity? Security, string? User, string? From)
{
    public static MailSettingsOverride None { get; } = new(null, null, null, null, null);

    public bool IsEmpty => this == None;
}
