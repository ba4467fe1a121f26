using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thads.Host.Database;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Database;

public sealed class DatabaseStartupTests
{
    [Fact]
    public void Unknown_provider_stops_startup_with_a_message_naming_the_setting()
    {
        using var host = new ThadsHostFactory(new Dictionary<string, string> { ["Database:Provider"] = "Oracle" });

        var exception = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var messages = ExceptionText.AllMessages(exception);
        Assert.Contains("Database:Provider", messages);
        Assert.Contains("'Oracle'", messages);
        // Validation happens before the start-up tasks, so nothing was prepared for a database that cannot be used.
        Assert.False(Directory.Exists(Path.Combine(host.TempDirectory, "data")));
    }

    [Fact]
    public void Defaults_to_sqlite_in_data_directory()
    {
        // The data-directory task is removed so the default relative path does not create data/ in the test's directory.
        using var host = new ThadsHostFactory(
            services: services => services.RemoveAll<IStartupTask>(),
            temporaryDatabase: false);

        var options = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/thads.db", options.ConnectionString);
    }

    [Fact]
    public async Task Creates_the_directory_of_a_sqlite_file_given_as_configured_absolute_path()
    {
        using var host = new ThadsHostFactory();
        host.CreateClient();

        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());

        Assert.True(Directory.Exists(Path.Combine(host.TempDirectory, "data")));
    }

    [Fact]
    public async Task Creates_the_directory_of_a_relative_sqlite_path_under_the_current_directory()
    {
        var relativeDirectory = Path.Combine("host-tests-" + Guid.NewGuid().ToString("N"), "nested");
        var expected = Path.Combine(Directory.GetCurrentDirectory(), relativeDirectory);
        try
        {
            using var host = new ThadsHostFactory(new Dictionary<string, string>
            {
                [DatabaseOptions.ConnectionStringKey] = $"Data Source={Path.Combine(relativeDirectory, "thads.db")}",
            });
            host.CreateClient();

            Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());

            Assert.True(Directory.Exists(expected), $"expected {expected} to exist");
        }
        finally
        {
            var top = Path.Combine(Directory.GetCurrentDirectory(), relativeDirectory.Split(Path.DirectorySeparatorChar)[0]);
            if (Directory.Exists(top))
            {
                Directory.Delete(top, recursive: true);
            }
        }
    }
}
