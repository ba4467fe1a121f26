using Thads.Enforcement.Alerts;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Demo;

/// <summary>
/// Alerts raised while the demo history is written belong to the past: the leaders would have been mailed on those
/// days. Writing dozens of old escalation mails into today's outbox would only bury the real ones, so nothing is
/// queued; the alerts and their deliveries are still stored, as they would be.
/// </summary>
internal sealed class HistoryAlertMailer : IAlertMailer
{
    public Task QueueAlertAsync(StaffMember leader, Alert alert, string dedupeKey, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task QueueDigestAsync(StaffMember leader, DateOnly day, IReadOnlyList<Alert> alerts, string dedupeKey, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
