using Thads.Enforcement.Alerts;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Cli.Workflow;

/// <summary>In the command line's sandbox an escalation mail is a line on stderr, not a message.</summary>
internal sealed class TraceAlertMailer(TextWriter log) : IAlertMailer
{
    public Task QueueAlertAsync(StaffMember leader, Alert alert, string dedupeKey, CancellationToken cancellationToken = default)
    {
        log.WriteLine($"mail to {leader.Email}: [THADS] {alert.Title} — hồ sơ {alert.CaseKey}");
        return Task.CompletedTask;
    }

    public Task QueueDigestAsync(StaffMember leader, DateOnly day, IReadOnlyList<Alert> alerts, string dedupeKey, CancellationToken cancellationToken = default)
    {
        log.WriteLine($"digest to {leader.Email}: {alerts.Count} alerts of {day:dd/MM/yyyy}");
        return Task.CompletedTask;
    }
}
