namespace Thads.Host.Admin.Mail;

/// <summary>
/// The SMTP settings in force. Never the password: only whether one is configured (it comes from configuration or
/// the environment, <c>Mail__Smtp__Password</c>, and is never stored in the database).
/// </summary>
/// <param name="Transport">Where messages go now, e.g. "SMTP server mail.thads.vn:587 (StartTls)".</param>
public sealed record MailSettingsView(
    MailSettingValue Host,
    MailSettingValue Port,
    MailSettingValue Security,
    MailSettingValue User,
    MailSettingValue From,
    bool PasswordConfigured,
    bool UsesSmtp,
    string Transport);
