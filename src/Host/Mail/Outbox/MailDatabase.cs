using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Thads.Host.Database;

namespace Thads.Host.Mail.Outbox;

/// <summary>Points <see cref="MailDbContext"/> at the application database.</summary>
internal static class MailDatabase
{
    /// <exception cref="InvalidOperationException">The configured provider has no outbox migrations yet.</exception>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.ProviderKey} = {database.Provider}: the mail outbox runs on SQLite in this version; its PostgreSQL migrations are not built yet.");
        }

        builder.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(MailDbContext.MigrationsHistoryTable))
            // The dispatcher polls every few seconds; at the default Information level each poll's SELECT
            // would fill the log. Failed commands are still logged as errors.
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
    }
}
