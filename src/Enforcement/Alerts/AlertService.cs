using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Alerts;

/// <summary>
/// Raises alerts and tells the unit's leaders (domain README §4, "Alerting"): immediately by mail, or in
/// their daily digest. The same case, rule and day is raised once; a second call returns the first alert
/// and mails nobody.
/// </summary>
public sealed class AlertService(
    IDbContextFactory<ThadsDbContext> contexts,
    LeaderDirectory leaders,
    IAlertMailer mailer,
    TimeProvider time)
{
    public async Task<AlertOutcome> RaiseAsync(AlertRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CaseKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Rule);
        var now = time.GetUtcNow().ToOffset(VietnamTime.Offset);
        var day = VietnamTime.DateOf(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Alerts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.CaseKey == request.CaseKey && a.Rule == request.Rule && a.Day == day, cancellationToken);
        if (existing is not null)
        {
            return new AlertOutcome(existing.Id, IsNew: false, 0, 0);
        }

        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == request.UnitCode, cancellationToken)
            ?? throw new ArgumentException($"Đơn vị '{request.UnitCode}' không tồn tại (mã đơn vị).", nameof(request));
        var recipients = await leaders.LeadersOfAsync(request.UnitCode, cancellationToken);
        var alert = new Alert
        {
            Id = Guid.CreateVersion7(),
            CaseKey = request.CaseKey,
            Rule = request.Rule,
            Day = day,
            UnitId = unit.Id,
            Title = request.Title,
            Body = request.Body,
            Link = request.Link,
            RaisedAt = now,
            Deliveries = recipients.Select(l => new AlertDelivery { StaffMemberId = l.Id, Mode = l.AlertMode }).ToList(),
        };
        db.Alerts.Add(alert);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node raised the same alert first: the unique index kept it to one.
            var raced = await AlreadyRaisedAsync(request, day, cancellationToken);
            if (raced is null)
            {
                throw;
            }

            return new AlertOutcome(raced.Value, IsNew: false, 0, 0);
        }

        var mailed = 0;
        foreach (var leader in recipients.Where(l => l.AlertMode == AlertMode.Immediate))
        {
            await mailer.QueueAlertAsync(leader, alert, $"alert:{alert.CaseKey}:{alert.Rule}:{day:yyyy-MM-dd}:{leader.Id}", cancellationToken);
            mailed++;
        }

        if (mailed > 0)
        {
            await MarkMailedAsync(alert.Id, recipients.Where(l => l.AlertMode == AlertMode.Immediate).Select(l => l.Id).ToList(), now, cancellationToken);
        }

        return new AlertOutcome(alert.Id, IsNew: true, mailed, recipients.Count - mailed);
    }

    /// <summary>
    /// Sends each digest leader whose hour has come today (Vietnam time) one mail with the alerts raised
    /// before that hour and not mailed yet; later alerts wait for tomorrow's digest. Returns how many digests
    /// were queued. Safe to call as often as wanted (the scheduler calls it every few minutes).
    /// </summary>
    public async Task<int> SendDueDigestsAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToOffset(VietnamTime.Offset);
        var day = VietnamTime.DateOf(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await db.AlertDeliveries
            .Include(d => d.Alert)
            .Where(d => d.Mode == AlertMode.DailyDigest && d.MailedAt == null)
            .ToListAsync(cancellationToken);
        var staffIds = pending.Select(d => d.StaffMemberId).Distinct().ToList();
        var leaders = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id) && s.Active).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var leader in leaders)
        {
            var cutoff = new DateTimeOffset(day.ToDateTime(new TimeOnly(leader.DigestHour, 0)), VietnamTime.Offset);
            var mine = pending.Where(d => d.StaffMemberId == leader.Id && d.Alert!.RaisedAt < cutoff).ToList();
            if (now < cutoff || mine.Count == 0)
            {
                continue;
            }

            var alerts = mine.Select(d => d.Alert!).OrderBy(a => a.RaisedAt).ToList();
            await mailer.QueueDigestAsync(leader, day, alerts, $"digest:{leader.Id}:{day:yyyy-MM-dd}", cancellationToken);
            foreach (var delivery in mine)
            {
                delivery.MailedAt = now;
            }

            sent++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private async Task<Guid?> AlreadyRaisedAsync(AlertRequest request, DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Alerts.Where(a => a.CaseKey == request.CaseKey && a.Rule == request.Rule && a.Day == day)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task MarkMailedAsync(Guid alertId, List<int> staffIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deliveries = await db.AlertDeliveries.Where(d => d.AlertId == alertId && staffIds.Contains(d.StaffMemberId)).ToListAsync(cancellationToken);
        foreach (var delivery in deliveries)
        {
            delivery.MailedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
