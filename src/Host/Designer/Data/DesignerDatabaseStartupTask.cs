using Microsoft.EntityFrameworkCore;
using Thads.Host.Startup;

namespace Thads.Host.Designer.Data;

/// <summary>Creates or migrates the designer's tables before the application reports itself ready.</summary>
internal sealed class DesignerDatabaseStartupTask(IDbContextFactory<DesignerDbContext> contexts) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
