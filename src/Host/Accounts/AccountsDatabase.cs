using Microsoft.EntityFrameworkCore;
using Thads.Host.Database;

namespace Thads.Host.Accounts;

/// <summary>Points <see cref="AccountsDbContext"/> at the application database.</summary>
internal static class AccountsDatabase
{
    /// <exception cref="InvalidOperationException">The configured provider has no accounts migrations yet.</exception>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.ProviderKey} = {database.Provider}: accounts run on SQLite in this version; their PostgreSQL migrations are not built yet.");
        }

        builder.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable));
    }
}
