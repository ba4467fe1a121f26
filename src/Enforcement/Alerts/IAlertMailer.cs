using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Alerts;

/// <summary>
/// Puts alert mail in the durable outbox (the web application implements it with its mail outbox). Each
/// call carries a dedupe key, so a retried call never queues the same mail twice.
/// </summary>
public interface IAlertMailer
{
    Task QueueAlertAsync(StaffMember leader, Alert alert, string dedupeKey, CancellationToken cancellationToken = default);

    Task QueueDigestAsync(StaffMember leader, DateOnly day, IReadOnlyList<Alert> alerts, string dedupeKey, CancellationToken cancellationToken = default);
}
