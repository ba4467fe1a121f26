using Microsoft.EntityFrameworkCore;

namespace Thads.Workflows.Persistence;

/// <summary>Builds the options of <see cref="WorkflowDbContext"/> for a provider and connection string.</summary>
public static class WorkflowDatabase
{
    public static DbContextOptions<WorkflowDbContext> Sqlite(string connectionString) =>
        new DbContextOptionsBuilder<WorkflowDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable("wf_migrations"))
            .AddInterceptors(SqliteConnectionSetup.Instance)
            .Options;
}
