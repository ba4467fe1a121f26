using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Data;

namespace Thads.Host.Admin;

/// <summary>
/// Writes the audit rows of administrators' actions that are not domain data (mail settings, outbox) to the same
/// trail as case data (<c>thads_audit</c>), so one audit view shows everything.
/// </summary>
public sealed class AdminAuditTrail(IDbContextFactory<ThadsDbContext> contexts)
{
    public const string AccountEntity = "Account";
    public const string MailSettingsEntity = "MailSettings";
    public const string MailMessageEntity = "MailMessage";

    public async Task WriteAsync(IEnumerable<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Audit.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default) => WriteAsync([entry], cancellationToken);
}
