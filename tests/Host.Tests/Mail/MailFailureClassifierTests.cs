using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Thads.Host.Mail.Dispatch;

namespace Thads.Host.Tests.Mail;

/// <summary>
/// The classification on MailKit's own exception types. The dispatcher tests meet the same types from a real
/// server (550 and 450 on RCPT, a closed port); these cover the kinds a local test server cannot produce.
/// </summary>
public sealed class MailFailureClassifierTests
{
    private static readonly MailboxAddress Recipient = new("Lãnh đạo", "lanh.dao@thads.example.vn");

    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable)]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxNameNotAllowed)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ExceededStorageAllocation)]
    public void A_5xx_refusal_of_the_message_or_a_recipient_is_a_permanent_rejection(SmtpErrorCode error, SmtpStatusCode status)
    {
        var failure = MailFailureClassifier.Classify(new SmtpCommandException(error, status, Recipient, "User unknown"));

        Assert.Equal(MailFailureKind.PermanentRejection, failure.Kind);
        Assert.StartsWith($"SMTP {(int)status}", failure.Description);
        Assert.Contains("User unknown", failure.Description);
    }

    [Fact]
    public void A_rejected_recipient_is_named_in_the_description()
    {
        var failure = MailFailureClassifier.Classify(
            new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, Recipient, "User unknown"));

        Assert.Equal("SMTP 550 for recipient lanh.dao@thads.example.vn: User unknown", failure.Description);
    }

    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.InsufficientStorage)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.ServiceNotAvailable)]
    public void A_4xx_refusal_is_a_temporary_failure(SmtpErrorCode error, SmtpStatusCode status)
    {
        var failure = MailFailureClassifier.Classify(new SmtpCommandException(error, status, "try again later"));

        Assert.Equal(MailFailureKind.TemporaryFailure, failure.Kind);
    }

    [Theory]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable)]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.AuthenticationRequired)]
    public void A_5xx_refusal_of_the_sender_or_the_session_is_retried_rather_than_parked(SmtpErrorCode error, SmtpStatusCode status)
    {
        var failure = MailFailureClassifier.Classify(new SmtpCommandException(error, status, "Must issue a STARTTLS command first"));

        Assert.Equal(MailFailureKind.TemporaryFailure, failure.Kind);
    }

    public static TheoryData<Exception> UnreachableFailures() => new()
    {
        new SmtpProtocolException("The SMTP server has unexpectedly disconnected."),
        new SocketException((int)SocketError.ConnectionRefused),
        new SocketException((int)SocketError.HostNotFound),
        new ServiceNotConnectedException("The SmtpClient is not connected."),
        new ServiceNotAuthenticatedException("The SmtpClient is not authenticated."),
        new AuthenticationException("535: Authentication failed"),
        new SslHandshakeException("An error occurred while attempting to establish an SSL or TLS connection."),
        new IOException("Connection reset by peer"),
        new TimeoutException("The operation has timed out."),
        new NotSupportedException("The SMTP server does not support authentication."),
    };

    [Theory]
    [MemberData(nameof(UnreachableFailures))]
    public void Protocol_connection_tls_and_login_failures_mean_the_server_is_unreachable(Exception exception)
    {
        var failure = MailFailureClassifier.Classify(exception);

        Assert.Equal(MailFailureKind.ServerUnreachable, failure.Kind);
        Assert.Contains(exception.Message, failure.Description);
    }

    [Fact]
    public void Anything_else_is_a_temporary_failure()
    {
        Assert.Equal(MailFailureKind.TemporaryFailure, MailFailureClassifier.Classify(new InvalidOperationException("bug")).Kind);
    }
}
