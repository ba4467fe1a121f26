namespace Thads.Host.Mail.Configuration;

/// <summary>The configuration keys of the mail settings, so messages and documentation name them alike.</summary>
public static class MailSettingKeys
{
    public const string Section = "Mail";
    public const string From = "Mail:From";
    public const string PickupDirectory = "Mail:PickupDirectory";
    public const string BaseUrl = "Mail:BaseUrl";
    public const string PollInterval = "Mail:PollInterval";
    public const string SmtpHost = "Mail:Smtp:Host";
    public const string SmtpPort = "Mail:Smtp:Port";
    public const string SmtpSecurity = "Mail:Smtp:Security";
    public const string SmtpUser = "Mail:Smtp:User";
    public const string SmtpPassword = "Mail:Smtp:Password";
    public const string SmtpTimeout = "Mail:Smtp:Timeout";
    public const string RetryMaxAttempts = "Mail:Retry:MaxAttempts";
    public const string RetryMaxAttemptsUnreachable = "Mail:Retry:MaxAttemptsUnreachable";
    public const string RetryInitialDelay = "Mail:Retry:InitialDelay";
    public const string RetryMaxDelay = "Mail:Retry:MaxDelay";
}
