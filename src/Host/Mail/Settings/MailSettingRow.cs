namespace Thads.Host.Mail.Settings;

/// <summary>
/// A row of <c>mail_settings</c>: one non-secret mail setting an administrator set in the application, overriding
/// configuration. <see cref="Key"/> is the configuration key it replaces (<c>Mail:Smtp:Host</c>). The SMTP password
/// never has a row: secrets come only from configuration.
/// </summary>
internal sealed class MailSettingRow
{
    public string Key { get; set; } = "";

    /// <summary>The value as written in configuration; an empty host means "no SMTP server, write .eml files".</summary>
    public string Value { get; set; } = "";

    public long UpdatedAtTicks { get; set; }

    public string UpdatedBy { get; set; } = "";
}
