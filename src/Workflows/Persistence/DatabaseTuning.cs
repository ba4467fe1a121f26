using Microsoft.EntityFrameworkCore;

namespace Thads.Workflows.Persistence;

/// <summary>
/// The one place that knows provider-specific settings. SQLite: write-ahead logging so readers never
/// block the writer (the mode persists in the file); the per-connection settings live in
/// <see cref="SqliteConnectionSetup"/>.
/// </summary>
internal static class DatabaseTuning
{
    public static async Task PrepareAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var connectionString = db.Database.GetConnectionString() ?? "";
            var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }

            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
