using Microsoft.Extensions.Options;

namespace Thads.Host.Database;

/// <summary>Fills <see cref="DatabaseOptions"/> from configuration.</summary>
/// <remarks>
/// Not the configuration binder: it throws on an unknown enum name before any validator runs,
/// so the operator would get a conversion error instead of <see cref="DatabaseOptionsValidator"/>'s message.
/// </remarks>
internal sealed class DatabaseOptionsSetup(IConfiguration configuration) : IConfigureOptions<DatabaseOptions>
{
    public void Configure(DatabaseOptions options)
    {
        if (DatabaseProviders.TryParse(configuration[DatabaseOptions.ProviderKey], out var provider))
        {
            options.Provider = provider;
        }

        options.ConnectionString =
            configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? options.ConnectionString;
    }
}
