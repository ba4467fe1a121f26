using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Thads.Enforcement.Alerts;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Alerts;

public static class AlertServiceCollectionExtensions
{
    private static readonly TimeSpan DigestCheckInterval = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Alerts and escalation mail: the alert service (used by the NotifyLeader activity), the outbox mailer,
    /// and the Quartz job that sends daily digests. Call after <c>AddThadsMail</c> and <c>AddThadsScheduling</c>.
    /// </summary>
    public static IServiceCollection AddThadsAlerts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LeaderDirectory>();
        services.TryAddSingleton<IAlertMailer, OutboxAlertMailer>();
        services.TryAddSingleton<AlertService>();
        services.AddQuartz(q =>
        {
            var key = new JobKey("alert-digest", "thads");
            q.AddJob<AlertDigestJob>(job => job.WithIdentity(key).StoreDurably());
            q.AddTrigger(trigger => trigger
                .WithIdentity("alert-digest", "thads")
                .ForJob(key)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(DigestCheckInterval).RepeatForever()));
        });
        return services;
    }
}
