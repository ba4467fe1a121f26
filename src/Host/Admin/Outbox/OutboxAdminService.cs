using System.Globalization;
using System.Security.Claims;
using Thads.Enforcement.Cases.Audit;
using Thads.Host.Mail;

namespace Thads.Host.Admin.Outbox;

/// <summary>
/// The outbox for administrators: messages by state with their attempts and last error, and retrying parked ones.
/// Every retry is audited (<c>MailMessage</c>, action <c>Retried</c>). Mail is shared by every unit, so only a
/// top-level unit's administrator sees it (messages name people of every unit).
/// </summary>
public sealed class OutboxAdminService(AdminAccess access, IMailOutboxAdmin outbox, AdminAuditTrail audit, TimeProvider time)
{
    public const int MaxPageSize = 100;

    public async Task<OutboxOverview> ListAsync(ClaimsPrincipal principal, MailOutboxQuery query, CancellationToken cancellationToken = default)
    {
        (await access.ForAsync(principal, cancellationToken)).RequireSystemWide();
        return new OutboxOverview(await outbox.ListAsync(query, cancellationToken), await outbox.CountAsync(cancellationToken));
    }

    /// <exception cref="KeyNotFoundException">No such message.</exception>
    public async Task<MailOutboxDetail> GetAsync(ClaimsPrincipal principal, long id, CancellationToken cancellationToken = default)
    {
        (await access.ForAsync(principal, cancellationToken)).RequireSystemWide();
        return await outbox.GetAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"Không có thư mã số {id} trong hộp thư đi.");
    }

    /// <exception cref="KeyNotFoundException">No such message.</exception>
    /// <exception cref="AdminValidationException">The message is not parked (only parked messages are retried by hand).</exception>
    public async Task<MailOutboxDetail> RetryAsync(ClaimsPrincipal principal, long id, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        admin.RequireSystemWide();
        var before = await outbox.GetAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"Không có thư mã số {id} trong hộp thư đi.");
        if (before.Entry.Status != MailStatus.Parked || !await outbox.RetryNowAsync(id, cancellationToken))
        {
            throw new AdminValidationException("Id", $"Thư {id} không ở trạng thái tạm dừng (đang là {before.Entry.Status}); chỉ gửi lại được thư tạm dừng.");
        }

        var after = await outbox.GetAsync(id, cancellationToken) ?? before;
        await audit.WriteAsync(Retried(admin, before.Entry, after.Entry), cancellationToken);
        return after;
    }

    /// <returns>How many parked messages were queued again.</returns>
    public async Task<int> RetryAllParkedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        admin.RequireSystemWide();
        var retried = await outbox.RetryAllParkedAsync(cancellationToken);
        await audit.WriteAsync(retried.Select(entry => Retried(admin, entry, entry with { Status = MailStatus.Pending, Attempts = 0 })), cancellationToken);
        return retried.Count;
    }

    private AuditEntry Retried(AdminContext admin, MailOutboxEntry before, MailOutboxEntry after) =>
        AuditRecords.Entry(admin.Stamp(time), AdminAuditTrail.MailMessageEntity, before.Id.ToString(CultureInfo.InvariantCulture), AuditAction.Retried,
            new { before.Status, before.Attempts, before.LastError, before.Subject },
            new { after.Status, after.Attempts });
}
