namespace Thads.Host.Mail;

/// <summary>
/// Queues mail durably: once <see cref="EnqueueAsync"/> returns, the message is in the database and is sent in
/// the background, retried while the mail server is unavailable, and parked for an administrator if it keeps failing.
/// </summary>
public interface IMailOutbox
{
    /// <returns>True when queued; false when a message with the same <see cref="OutgoingMail.DedupeKey"/> was queued before.</returns>
    /// <exception cref="ArgumentException">No recipient, an address that is not a mail address, or a link path that is not relative.</exception>
    Task<bool> EnqueueAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
