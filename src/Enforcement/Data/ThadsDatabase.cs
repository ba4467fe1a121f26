using Microsoft.EntityFrameworkCore;

namespace Thads.Enforcement.Data;

/// <summary>Builds the options of <see cref="ThadsDbContext"/> for a provider and connection string.</summary>
public static class ThadsDatabase
{
    /// <summary>EF's history table, separate from the engine's <c>wf_migrations</c> on the same database.</summary>
    public const string MigrationsHistoryTable = "thads_migrations";

    public static DbContextOptionsBuilder UseThadsSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));

    public static DbContextOptions<ThadsDbContext> Sqlite(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<ThadsDbContext>();
        builder.UseThadsSqlite(connectionString);
        return builder.Options;
    }
}
