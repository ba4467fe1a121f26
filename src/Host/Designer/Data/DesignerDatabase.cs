using Microsoft.EntityFrameworkCore;
using Thads.Host.Database;

namespace Thads.Host.Designer.Data;

/// <summary>Points <see cref="DesignerDbContext"/> at the application database.</summary>
internal static class DesignerDatabase
{
    /// <exception cref="InvalidOperationException">The configured provider has no designer migrations yet.</exception>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.ProviderKey} = {database.Provider}: the designer's tables run on SQLite in this version; their PostgreSQL migrations are not built yet.");
        }

        builder.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(DesignerDbContext.MigrationsHistoryTable));
    }
}
