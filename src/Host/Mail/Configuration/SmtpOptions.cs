namespace Thads.Host.Mail.Configuration;

/// <summary>The SMTP server (<c>Mail:Smtp:*</c>). Without a host, mail is written to files instead.</summary>
public sealed class SmtpOptions
{
    public const int DefaultPort = 25;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public string? Host { get; set; }

    public int Port { get; set; } = DefaultPort;

    /// <summary>Null when not configured; see <see cref="EffectiveSecurity"/>.</summary>
    public MailSecurity? Security { get; set; }

    /// <summary>Authentication is attempted only when this is set.</summary>
    public string? User { get; set; }

    /// <summary>A secret: comes from configuration or the environment (<c>Mail__Smtp__Password</c>) and is never logged.</summary>
    public string? Password { get; set; }

    /// <summary>For connecting and for each command; a hung server must not block the outbox forever.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    public bool HasHost => !string.IsNullOrWhiteSpace(Host);

    /// <summary>STARTTLS unless configured otherwise, so credentials and case data never cross the network in clear by default.</summary>
    public MailSecurity EffectiveSecurity => Security ?? MailSecurity.StartTls;
}
