namespace Thads.Host.Mail.Configuration;

/// <summary>Outgoing mail settings, read from the <c>Mail</c> section (see docs/timers-and-mail.md).</summary>
public sealed class MailOptions
{
    public const string DefaultFrom = "THADS Workflow <no-reply@thads.local>";
    public const string DefaultPickupDirectory = "data/outbox";
    public const string DefaultBaseUrl = HostUrls.Default;

    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(2);

    public string From { get; set; } = DefaultFrom;

    /// <summary>Where <c>.eml</c> files go when no SMTP host is set; relative paths are taken from the current directory.</summary>
    public string PickupDirectory { get; set; } = DefaultPickupDirectory;

    /// <summary>The address users open the application at; links in mail are built on it.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>How often the outbox is checked for due messages when nothing new was queued in this process.</summary>
    public TimeSpan PollInterval { get; set; } = DefaultPollInterval;

    public SmtpOptions Smtp { get; } = new();

    public MailRetryOptions Retry { get; } = new();
}
