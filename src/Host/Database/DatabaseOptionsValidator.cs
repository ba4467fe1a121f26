using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Thads.Host.Database;

/// <summary>Stops start-up with a message that names the offending setting.</summary>
internal sealed class DatabaseOptionsValidator(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();

        // The raw text is checked because DatabaseOptionsSetup leaves the default in place for text it cannot read.
        var configured = configuration[DatabaseOptions.ProviderKey];
        if (!string.IsNullOrWhiteSpace(configured) && !DatabaseProviders.TryParse(configured, out _))
        {
            failures.Add(UnknownProvider(configured));
        }
        else if (!Enum.IsDefined(options.Provider))
        {
            failures.Add(UnknownProvider(options.Provider.ToString()));
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{DatabaseOptions.ConnectionStringKey} is empty; set it to the database's connection string.");
        }
        else if (options.Provider == DatabaseProvider.Sqlite && !IsSqliteConnectionString(options.ConnectionString, out var error))
        {
            failures.Add($"{DatabaseOptions.ConnectionStringKey} is not a valid SQLite connection string: {error}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string UnknownProvider(string value) =>
        $"{DatabaseOptions.ProviderKey} has the unknown value '{value}'; use one of: {string.Join(", ", DatabaseProviders.Names)}.";

    private static bool IsSqliteConnectionString(string connectionString, out string? error)
    {
        try
        {
            _ = new SqliteConnectionStringBuilder(connectionString);
            error = null;
            return true;
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
            return false;
        }
    }
}
