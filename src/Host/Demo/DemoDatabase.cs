using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Thads.Enforcement.Data;

namespace Thads.Host.Demo;

/// <summary>
/// The application's context on the same SQLite file, for writing demo data: commits with <c>synchronous=NORMAL</c>
/// (as the engine's own connections do; durable against a process crash in WAL mode) instead of an fsync per case
/// command, on connections of their own pool so that the application's connections keep their settings.
/// </summary>
internal sealed class DemoDatabase : DbConnectionInterceptor, IDbContextFactory<ThadsDbContext>
{
    private readonly DbContextOptions<ThadsDbContext> _options;

    public DemoDatabase(string connectionString)
    {
        // A connection string of its own text is a pool of its own.
        var own = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 60 }.ToString();
        var builder = new DbContextOptionsBuilder<ThadsDbContext>();
        builder.UseThadsSqlite(own).AddInterceptors(this);
        _options = builder.Options;
        ConnectionString = own;
    }

    public string ConnectionString { get; }

    public ThadsDbContext CreateDbContext() => new(_options);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private static void Configure(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
