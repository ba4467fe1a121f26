using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Thads.Host.Database;

namespace Thads.Host.Tests.Database;

public sealed class SqliteDataDirectoryStartupTaskTests
{
    [Fact]
    public async Task Leaves_the_file_system_alone_for_postgresql()
    {
        var directory = Path.Combine(Path.GetTempPath(), "thads-host-tests-" + Guid.NewGuid().ToString("N"));
        var options = Options.Create(new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            // Would be a SQLite file path if the task misread it.
            ConnectionString = $"Data Source={Path.Combine(directory, "thads.db")}",
        });
        var task = new SqliteDataDirectoryStartupTask(options, NullLogger<SqliteDataDirectoryStartupTask>.Instance);

        await task.RunAsync(CancellationToken.None);

        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public async Task Creates_missing_parent_directories()
    {
        var root = Path.Combine(Path.GetTempPath(), "thads-host-tests-" + Guid.NewGuid().ToString("N"));
        var options = Options.Create(new DatabaseOptions
        {
            ConnectionString = $"Data Source={Path.Combine(root, "a", "b", "thads.db")}",
        });
        var task = new SqliteDataDirectoryStartupTask(options, NullLogger<SqliteDataDirectoryStartupTask>.Instance);
        try
        {
            await task.RunAsync(CancellationToken.None);

            Assert.True(Directory.Exists(Path.Combine(root, "a", "b")));
            Assert.False(File.Exists(Path.Combine(root, "a", "b", "thads.db")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
