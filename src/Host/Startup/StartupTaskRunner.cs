using System.Diagnostics;

namespace Thads.Host.Startup;

/// <summary>
/// Runs the registered <see cref="IStartupTask"/>s in the background, so that the web server already
/// answers <c>/health</c> ("starting") while they work.
/// </summary>
internal sealed class StartupTaskRunner(
    IServiceScopeFactory scopeFactory,
    StartupReadiness readiness,
    ILogger<StartupTaskRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
}
