using Thads.Enforcement.Alerts;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Tests.Alerts;

/// <summary>
/// Stands at the boundary to the web application's mail outbox (tested with a real SMTP server in the host
/// tests); here it records what would be queued.
/// </summary>
internal sealed class RecordingAlertMailer : IAlertMailer
{
    public List<(string To, string Title, string DedupeKey)> Alerts { get; } = [];

    public List<(string To, DateOnly Day, IReadOnlyList<string> Cases, string DedupeKey)> Digests { get; } = [];

    public Task QueueAlertAsync(StaffMember leader, Alert alert, string dedupeKey, CancellationToken cancellationToken = default)
    {
        Alerts.Add((leader.Email!, alert.Title, dedupeKey));
        return Task.CompletedTask;
    }

    public Task QueueDigestAsync(StaffMember leader, DateOnly day, IReadOnlyList<Alert> alerts, string dedupeKey, CancellationToken cancellationToken = default)
    {
        Digests.Add((leader.Email!, day, alerts.Select(a => a.CaseKey).ToList(), dedupeKey));
        return Task.CompletedTask;
    }
}
