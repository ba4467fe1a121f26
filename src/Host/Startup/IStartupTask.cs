namespace Thads.Host.Startup;

/// <summary>
/// Work that must finish before the application is ready (database migration, seeding, …).
/// Register with <see cref="StartupTaskServiceCollectionExtensions.AddStartupTask{TTask}"/>; tasks run
/// one after another in registration order, in a DI scope, so they may depend on scoped services such as a DbContext.
/// Until all have completed <c>/health</c> answers 503 "starting"; if one throws, the rest are skipped
/// and <c>/health</c> answers 503 "failed".
/// </summary>
public interface IStartupTask
{
    /// <param name="cancellationToken">Cancelled when the application shuts down before start-up finished.</param>
    Task RunAsync(CancellationToken cancellationToken);
}
