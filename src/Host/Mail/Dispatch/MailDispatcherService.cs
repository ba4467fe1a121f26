using Microsoft.Extensions.Options;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Transport;
using Thads.Host.Startup;

namespace Thads.Host.Mail.Dispatch;

/// <summary>
/// Runs <see cref="MailDispatcher.DispatchDueAsync"/> every poll interval, and at once when mail is queued in
/// this process. Waits for the start-up tasks, which create the outbox table.
/// </summary>
internal sealed class MailDispatcherService(
    MailDispatcher dispatcher,
    MailDispatchSignal signal,
    StartupReadiness readiness,
    IMailTransport transport,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<MailDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await readiness.WhenFinished.WaitAsync(stoppingToken) != StartupStatus.Ready)
            {
                logger.LogWarning("Start-up failed; queued mail is not sent by this process.");
                return;
            }

            logger.LogInformation("Mail dispatcher started; messages go to {Transport}", transport.Description);
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; anything not yet sent stays pending in the outbox.
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchDueAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly locked or unreachable; the messages are safe in it, so try again later.
                logger.LogError(exception, "Mail dispatch pass failed; trying again in {Interval}", interval);
            }

            await signal.WaitAsync(interval, stoppingToken);
        }
    }
}
