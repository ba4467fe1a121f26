namespace Thads.Host.Mail;

/// <summary>What administrators need to see and unblock the outbox.</summary>
public interface IMailOutboxAdmin
{
    /// <summary>Parked messages, most recently created first.</summary>
    Task<IReadOnlyList<MailOutboxEntry>> ListParkedAsync(int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>Messages still waiting, the next due first.</summary>
    Task<IReadOnlyList<MailOutboxEntry>> ListPendingAsync(int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a parked message pending again with a fresh count of attempts, due now (for example after the
    /// recipient's address or the server settings were fixed).
    /// </summary>
    /// <returns>False when there is no parked message with that id.</returns>
    Task<bool> RetryNowAsync(long id, CancellationToken cancellationToken = default);

    Task<MailOutboxCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>A page of messages in any state, the most recently created first.</summary>
    Task<MailOutboxPage> ListAsync(MailOutboxQuery query, CancellationToken cancellationToken = default);

    /// <returns>Null when there is no message with that id.</returns>
    Task<MailOutboxDetail?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <returns>Null when no message was queued with that key.</returns>
    Task<MailOutboxEntry?> FindByDedupeKeyAsync(string dedupeKey, CancellationToken cancellationToken = default);

    /// <summary>Does <see cref="RetryNowAsync"/> for every parked message.</summary>
    /// <returns>The messages made pending again, as they were while parked.</returns>
    Task<IReadOnlyList<MailOutboxEntry>> RetryAllParkedAsync(CancellationToken cancellationToken = default);
}
