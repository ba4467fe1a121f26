using System.Diagnostics;

namespace Thads.Host.Startup;

/// <summary>
/// Runs the registered <see cref="IStartupTask"/>s in the background, so that the web server already
/// answers <c>/health</c> ("starting") while they work.
/// </summary>
internal sealed class StartupTaskRunner(
    IServiceScopeFactory scopeFactory,
    StartupReadiness readiness,
    IServiceProvider services,
    ILogger<StartupTaskRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Tasks run once the host has started, i.e. after options were validated: a bad setting must stop the
        // host with its own message, not race with tasks resolving services built from that setting.
        if (!await HasStartedAsync(stoppingToken))
        {
            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            var name = task.GetType().Name;
            var stopwatch = Stopwatch.StartNew();
            logger.LogInformation("Start-up task {Task} running", name);
            try
            {
                await task.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                logger.LogInformation("Start-up task {Task} cancelled: the application is stopping", name);
                return;
            }
            catch (Exception exception)
            {
                // Later tasks are skipped: they usually depend on earlier ones (seeding after migration).
                logger.LogError(exception, "Start-up task {Task} failed; the application will not become ready", name);
                readiness.MarkFailed();
                return;
            }

            logger.LogInformation("Start-up task {Task} finished in {Elapsed} ms", name, stopwatch.ElapsedMilliseconds);
        }

        readiness.MarkReady();
        logger.LogInformation("Start-up complete; the application is ready");
    }

    private async Task<bool> HasStartedAsync(CancellationToken stoppingToken)
    {
        // Containers built without a host (tests, command-line tools) have no lifetime to wait for.
        if (services.GetService<IHostApplicationLifetime>() is not { } lifetime)
        {
            return true;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
