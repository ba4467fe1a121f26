using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Thads.Host.Startup;

public static class StartupTaskServiceCollectionExtensions
{
    /// <summary>The runner and the readiness state; safe to call more than once.</summary>
    public static IServiceCollection AddStartupTasks(this IServiceCollection services)
    {
        services.TryAddSingleton<StartupReadiness>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StartupTaskRunner>());
        return services;
    }

    /// <summary>
    /// Adds a start-up task after those already registered. It is resolved in a scope, so it may take scoped
    /// services (a DbContext) in its constructor. Adding the same type twice keeps the first registration.
    /// </summary>
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services)
        where TTask : class, IStartupTask
    {
        services.AddStartupTasks();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IStartupTask, TTask>());
        return services;
    }
}
