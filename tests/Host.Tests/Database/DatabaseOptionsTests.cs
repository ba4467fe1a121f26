using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Thads.Host.Database;

namespace Thads.Host.Tests.Database;

public sealed class DatabaseOptionsTests
{
    private const string SqliteFile = "Data Source=thads.db";

    [Theory]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("PostgreSql", DatabaseProvider.PostgreSql)]
    [InlineData("POSTGRESQL", DatabaseProvider.PostgreSql)]
    [InlineData(" PostgreSql ", DatabaseProvider.PostgreSql)]
    public void Reads_the_provider_by_name_ignoring_case(string configured, DatabaseProvider expected)
    {
        var options = Resolve(new() { ["Database:Provider"] = configured, ["ConnectionStrings:Thads"] = SqliteFile });

        Assert.Equal(expected, options.Provider);
    }

    [Fact]
    public void Missing_provider_means_sqlite()
    {
        var options = Resolve(new() { ["ConnectionStrings:Thads"] = SqliteFile });

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal(SqliteFile, options.ConnectionString);
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("1")]
    [InlineData("Postgres")]
    public void Unknown_provider_fails_validation_naming_the_setting_and_the_choices(string configured)
    {
        var exception = Assert.Throws<OptionsValidationException>(() =>
            Resolve(new() { ["Database:Provider"] = configured, ["ConnectionStrings:Thads"] = SqliteFile }));

        Assert.Contains("Database:Provider", exception.Message);
        Assert.Contains($"'{configured}'", exception.Message);
        Assert.Contains("Sqlite, PostgreSql", exception.Message);
    }

    [Fact]
    public void Missing_connection_string_fails_validation_naming_the_setting()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(new()));

        Assert.Contains("ConnectionStrings:Thads", exception.Message);
    }

    [Fact]
    public void Sqlite_rejects_a_connection_string_it_cannot_read()
    {
        var exception = Assert.Throws<OptionsValidationException>(() =>
            Resolve(new() { ["ConnectionStrings:Thads"] = "Host=db;Username=thads" }));

        Assert.Contains("ConnectionStrings:Thads", exception.Message);
        Assert.Contains("SQLite", exception.Message);
    }

    [Fact]
    public void PostgreSql_accepts_its_own_connection_string()
    {
        var options = Resolve(new()
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Thads"] = "Host=db;Username=thads",
        });

        Assert.Equal(DatabaseProvider.PostgreSql, options.Provider);
    }

    private static DatabaseOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddThadsDatabase()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
    }
}
