using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Tests.Support;

namespace Thads.Enforcement.Tests.Data;

public sealed class ThadsDbContextTests
{
    [Fact]
    public async Task Migrating_creates_only_thads_prefixed_tables_and_its_own_history_table()
    {
        await using var database = CalendarDatabase.CreateEmpty();
        await using (var db = database.Factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        var tables = await TablesAsync(database.ConnectionString);

        Assert.Contains("thads_migrations", tables);
        Assert.Contains("thads_calendar_days", tables);
        Assert.Contains("thads_calendar_audit", tables);
        Assert.Contains("thads_seed_history", tables);
        Assert.DoesNotContain("__EFMigrationsHistory", tables);
        Assert.All(tables, table => Assert.StartsWith("thads_", table));
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var database = CalendarDatabase.CreateEmpty();
        await using var db = database.Factory.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    private static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // EF's own migration lock table is transient; sqlite_* are SQLite's internal tables.
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsLock'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
