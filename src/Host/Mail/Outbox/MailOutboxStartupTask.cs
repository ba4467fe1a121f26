using Microsoft.EntityFrameworkCore;
using Thads.Host.Startup;

namespace Thads.Host.Mail.Outbox;

/// <summary>Creates or migrates <c>mail_outbox</c> before the dispatcher starts sending.</summary>
internal sealed class MailOutboxStartupTask(
    IDbContextFactory<MailDbContext> contexts,
    ILogger<MailOutboxStartupTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Mail outbox table is up to date.");
    }
}
