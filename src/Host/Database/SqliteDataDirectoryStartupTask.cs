using Microsoft.Extensions.Options;
using Thads.Host.Startup;

namespace Thads.Host.Database;

/// <summary>Creates the directory of the SQLite file, which SQLite itself will not do.</summary>
internal sealed class SqliteDataDirectoryStartupTask(
    IOptions<DatabaseOptions> options,
    ILogger<SqliteDataDirectoryStartupTask> logger) : IStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        var database = options.Value;
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return Task.CompletedTask;
        }

        // The current directory, not the content root: `data/` should appear where the operator started the app.
        var file = SqliteDataFile.ResolvePath(database.ConnectionString, Directory.GetCurrentDirectory());
        var directory = file is null ? null : Path.GetDirectoryName(file);
        if (directory is not null && !Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
            logger.LogInformation("Created the data directory {Directory}", directory);
        }

        return Task.CompletedTask;
    }
}
