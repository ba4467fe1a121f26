using Microsoft.EntityFrameworkCore;
using Thads.Host.Mail.Dispatch;

namespace Thads.Host.Mail.Outbox;

/// <summary>Reads and unblocks the outbox for administrators.</summary>
internal sealed class MailOutboxAdmin(
    IDbContextFactory<MailDbContext> contexts,
    MailDispatchSignal signal,
    TimeProvider time,
    ILogger<MailOutboxAdmin> logger) : IMailOutboxAdmin
{
    public async Task<IReadOnlyList<MailOutboxEntry>> ListParkedAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Outbox.AsNoTracking()
            .Where(row => row.Status == MailStatus.Parked)
            .OrderByDescending(row => row.CreatedAtTicks).ThenByDescending(row => row.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return rows.Select(OutboxRows.ToEntry).ToList();
    }

    public async Task<IReadOnlyList<MailOutboxEntry>> ListPendingAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Outbox.AsNoTracking()
            .Where(row => row.Status == MailStatus.Pending)
            .OrderBy(row => row.NextAttemptAtTicks).ThenBy(row => row.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return rows.Select(OutboxRows.ToEntry).ToList();
    }

    public async Task<bool> RetryNowAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Outbox.SingleOrDefaultAsync(row => row.Id == id && row.Status == MailStatus.Parked, cancellationToken);
        if (row is null)
        {
            return false;
        }

        // The last error stays until the next attempt replaces it, so the administrator still sees why it was parked.
        row.Status = MailStatus.Pending;
        row.Attempts = 0;
        row.NextAttemptAtTicks = time.GetUtcNow().UtcTicks;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Parked mail {MailId} queued again by an administrator", id);
        signal.Notify();
        return true;
    }

    public async Task<MailOutboxCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Outbox.AsNoTracking()
            .GroupBy(row => row.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        int Of(MailStatus status) => counts.SingleOrDefault(c => c.Status == status)?.Count ?? 0;
        return new MailOutboxCounts(Of(MailStatus.Pending), Of(MailStatus.Sent), Of(MailStatus.Parked));
    }

    public async Task<MailOutboxPage> ListAsync(MailOutboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.PageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Outbox.AsNoTracking();
        if (query.Status is { } status)
        {
            rows = rows.Where(row => row.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            rows = rows.Where(row => row.Recipients.Contains(text) || row.Subject.Contains(text));
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows
            .OrderByDescending(row => row.CreatedAtTicks).ThenByDescending(row => row.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new MailOutboxPage(page.Select(OutboxRows.ToEntry).ToList(), query.Page, query.PageSize, total);
    }

    public async Task<MailOutboxDetail?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(row => row.Id == id, cancellationToken);
        return row is null ? null : new MailOutboxDetail(OutboxRows.ToEntry(row), row.TextBody, row.HtmlBody, row.LinkPath);
    }

    public async Task<MailOutboxEntry?> FindByDedupeKeyAsync(string dedupeKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(row => row.DedupeKey == dedupeKey, cancellationToken);
        return row is null ? null : OutboxRows.ToEntry(row);
    }

    public async Task<IReadOnlyList<MailOutboxEntry>> RetryAllParkedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Outbox.Where(row => row.Status == MailStatus.Parked).OrderBy(row => row.Id).ToListAsync(cancellationToken);
        var before = rows.Select(OutboxRows.ToEntry).ToList();
        var now = time.GetUtcNow().UtcTicks;
        foreach (var row in rows)
        {
            row.Status = MailStatus.Pending;
            row.Attempts = 0;
            row.NextAttemptAtTicks = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (rows.Count > 0)
        {
            logger.LogInformation("{Count} parked mail(s) queued again by an administrator", rows.Count);
            signal.Notify();
        }

        return before;
    }
}
