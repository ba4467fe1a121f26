using Microsoft.EntityFrameworkCore;
using Quartz;
using Thads.Enforcement.Data;
using Thads.Host.Mail;
using Thads.Host.Scheduling;

namespace Thads.Host.Health;

/// <summary>
/// Looks at the parts a monitor cares about once the application has started: can the database be reached, is the
/// Quartz scheduler (deadline timers) running, and is mail stuck in the outbox. Errors are logged, not returned.
/// </summary>
internal sealed class HealthProbe(
    IDbContextFactory<ThadsDbContext> contexts,
    SchedulerLifetime scheduler,
    IMailOutboxAdmin outbox,
    ILogger<HealthProbe> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthResponse> CheckAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        var database = await DatabaseAsync(limit.Token);
        var timers = scheduler.Started?.Status == SchedulerStatus.Running ? "running" : "stopped";
        var mail = await OutboxAsync(limit.Token);
        var status = database != "ok" || timers != "running" || mail.Status == "error" ? "unhealthy"
            : mail.Status != "ok" ? "warning"
            : "ok";
        return new HealthResponse(status, database, timers, mail);
    }

    private async Task<string> DatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken) ? "ok" : "error";
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Health: the database cannot be reached");
            return "error";
        }
    }

    private async Task<OutboxHealth> OutboxAsync(CancellationToken cancellationToken)
    {
        try
        {
            var counts = await outbox.CountAsync(cancellationToken);
            return new OutboxHealth(counts.Parked > 0 ? "attention" : "ok", counts.Pending, counts.Parked);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Health: the mail outbox cannot be read");
            return new OutboxHealth("error", 0, 0);
        }
    }
}
