using Quartz;
using Thads.Enforcement.Alerts;
using Thads.Host.Startup;

namespace Thads.Host.Alerts;

/// <summary>Every few minutes, sends the daily digests whose hour has come.</summary>
[DisallowConcurrentExecution]
internal sealed class AlertDigestJob(AlertService alerts, StartupReadiness readiness, ILogger<AlertDigestJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (await readiness.WhenFinished != StartupStatus.Ready)
        {
            return;
        }

        var sent = await alerts.SendDueDigestsAsync(cancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Queued {Count} alert digests", sent);
        }
    }
}
