using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Thads.Workflows.Persistence;

/// <summary>
/// Per-connection SQLite settings: with WAL, <c>synchronous=NORMAL</c> keeps every commit durable against a
/// process crash (only an OS crash can lose the last commits) at a fraction of FULL's fsync cost.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private static void Configure(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
