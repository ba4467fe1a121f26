namespace Thads.Host.Mail.Configuration;

/// <summary>How the SMTP connection is protected (<c>Mail:Smtp:Security</c>).</summary>
public enum MailSecurity
{
    /// <summary>Plain text; only for a relay on the same host or a trusted network.</summary>
    None,

    /// <summary>Connect in plain text, then require STARTTLS before anything is sent (port 25 or 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
