using MimeKit;

namespace Thads.Host.Mail.Transport;

/// <summary>Hands one message to whatever delivers it: an SMTP server or the pickup directory.</summary>
internal interface IMailTransport
{
    /// <summary>Where messages go, for logs and the <c>mail test</c> output; never contains a secret.</summary>
    string Description { get; }

    /// <summary>Returns only once the message is accepted; a message is recorded as sent on that basis.</summary>
    /// <returns>What accepted it: the server's reply, or the path of the written file.</returns>
    /// <exception cref="Exception">Anything MailKit or the file system throws; see <see cref="Dispatch.MailFailureClassifier"/>.</exception>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
