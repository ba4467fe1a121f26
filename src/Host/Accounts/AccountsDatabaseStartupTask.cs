using Microsoft.EntityFrameworkCore;
using Thads.Host.Startup;

namespace Thads.Host.Accounts;

/// <summary>Creates or migrates the <c>acc_</c> tables before anyone can sign in.</summary>
internal sealed class AccountsDatabaseStartupTask(
    IDbContextFactory<AccountsDbContext> contexts,
    ILogger<AccountsDatabaseStartupTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Account tables are up to date.");
    }
}
