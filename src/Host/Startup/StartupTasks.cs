namespace Thads.Host.Startup;

/// <summary>
/// Runs every start-up task in registration order, for processes without a web host (command-line tools),
/// which need the same migrated and seeded database the application has.
/// </summary>
internal static class StartupTasks
{
    public static async Task RunAllAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            await task.RunAsync(cancellationToken);
        }
    }
}
