using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Thads.Host.Mail.Dispatch;

/// <summary>
/// Sorts MailKit's failures the way MailKit itself separates them: a refused command (the server answered,
/// the connection is still fine) versus a protocol or connection failure (we never got a proper answer).
/// </summary>
internal static class MailFailureClassifier
{
    public static MailFailure Classify(Exception exception) => exception switch
    {
        SmtpCommandException command => new MailFailure(CommandKind(command), Describe(command)),
        SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or AuthenticationException or SslHandshakeException or SocketException or IOException
            or TimeoutException or OperationCanceledException
            // MailKit throws this when credentials are configured but the server offers no AUTH: a settings problem, not the message's.
            or NotSupportedException
            => new MailFailure(MailFailureKind.ServerUnreachable, $"{exception.GetType().Name}: {exception.Message}"),
        _ => new MailFailure(MailFailureKind.TemporaryFailure, $"{exception.GetType().Name}: {exception.Message}"),
    };

    /// <summary>
    /// Only a 5xx about this message or one of its recipients is final. A 5xx refusing the sender (a wrong
    /// <c>Mail:From</c>, missing STARTTLS or login) would refuse every message alike; parking them all at once
    /// would turn one settings mistake into a pile of parked alerts, so those are retried like a 4xx.
    /// </summary>
    private static MailFailureKind CommandKind(SmtpCommandException command) =>
        (int)command.StatusCode >= 500
        && command.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted
            ? MailFailureKind.PermanentRejection
            : MailFailureKind.TemporaryFailure;

    private static string Describe(SmtpCommandException command)
    {
        var about = command.ErrorCode == SmtpErrorCode.RecipientNotAccepted && command.Mailbox is { } mailbox
            ? $" for recipient {mailbox.Address}"
            : "";
        return $"SMTP {(int)command.StatusCode}{about}: {command.Message}";
    }
}
