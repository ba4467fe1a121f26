namespace Thads.Host.Mail.Dispatch;

/// <summary>Why a send failed, which decides how the outbox reacts.</summary>
internal enum MailFailureKind
{
    /// <summary>
    /// The server could not be reached or talked to (connection, TLS, protocol, login). Nothing is wrong with
    /// the message: keep it pending, and allow many more attempts before parking it.
    /// </summary>
    ServerUnreachable,

    /// <summary>The server refused for now (4xx), refused the sender, or something unexpected failed: retry a few times.</summary>
    TemporaryFailure,

    /// <summary>The server rejected this message or a recipient for good (5xx): retrying cannot help, park it at once.</summary>
    PermanentRejection,
}
