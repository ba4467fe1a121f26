using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Thads.Host.Mail.Configuration;

namespace Thads.Host.Mail.Transport;

/// <summary>Sends through an SMTP server with MailKit, one connection per message.</summary>
/// <remarks>
/// A connection per message keeps failure handling simple (no half-broken connection carried over to the next
/// message); alert mail is a few messages a minute at most.
/// </remarks>
internal sealed class SmtpMailTransport(SmtpOptions options, ILogger<SmtpMailTransport> logger) : IMailTransport
{
    private readonly string _host = options.HasHost
        ? options.Host!
        : throw new ArgumentException("An SMTP transport needs Mail:Smtp:Host.", nameof(options));

    public string Description => $"SMTP server {_host}:{options.Port} ({options.EffectiveSecurity})";

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { Timeout = (int)Math.Min(options.Timeout.TotalMilliseconds, int.MaxValue) };
        await client.ConnectAsync(_host, options.Port, SocketOptions(options.EffectiveSecurity), cancellationToken);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
        }

        var reply = await client.SendAsync(message, cancellationToken);
        await QuitAsync(client);
        return $"{_host}:{options.Port} accepted the message: {reply}";
    }

    private static SecureSocketOptions SocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    /// <summary>
    /// The message is already accepted: a failing QUIT must not surface as a send failure, or the outbox would
    /// send the message again.
    /// </summary>
    private async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "QUIT after an accepted message failed; the message was delivered");
        }
    }
}
