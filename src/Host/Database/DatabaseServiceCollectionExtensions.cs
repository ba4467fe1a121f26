using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thads.Host.Startup;

namespace Thads.Host.Database;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Database options, validated when the host starts, and the SQLite data-directory start-up task.</summary>
    public static IServiceCollection AddThadsDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<DatabaseOptions>, DatabaseOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());
        services.AddStartupTask<SqliteDataDirectoryStartupTask>();
        return services;
    }
}
