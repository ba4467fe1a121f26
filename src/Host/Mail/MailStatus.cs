namespace Thads.Host.Mail;

/// <summary>Where a message in the outbox stands.</summary>
public enum MailStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>The server (or the pickup directory) accepted it.</summary>
    Sent,

    /// <summary>Given up on until an administrator retries it; the last error says why.</summary>
    Parked,
}
