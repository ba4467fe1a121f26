using Microsoft.EntityFrameworkCore;
using Thads.Host.Mail.Composition;
using Thads.Host.Mail.Dispatch;

namespace Thads.Host.Mail.Outbox;

/// <summary>Stores messages in <c>mail_outbox</c> for the dispatcher.</summary>
internal sealed class MailOutbox(
    IDbContextFactory<MailDbContext> contexts,
    MailDispatchSignal signal,
    TimeProvider time,
    ILogger<MailOutbox> logger) : IMailOutbox
{
    public async Task<bool> EnqueueAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        // Checked now so that a bad address fails the caller instead of being parked later without anyone noticing.
        var recipients = MailMessageBuilder.ParseRecipients(mail.To);
        if (mail.LinkPath is not null)
        {
            MailLinks.EnsureRelative(mail.LinkPath);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (mail.DedupeKey is { } key && await db.Outbox.AnyAsync(row => row.DedupeKey == key, cancellationToken))
        {
            logger.LogDebug("Mail with dedupe key {DedupeKey} was queued before; not queued again", key);
            return false;
        }

        var row = OutboxRows.ToRow(mail, recipients, time.GetUtcNow());
        db.Outbox.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (mail.DedupeKey is not null && UniqueViolation.Is(exception))
        {
            // Another writer queued the same key between the check above and this insert.
            logger.LogDebug("Mail with dedupe key {DedupeKey} was queued concurrently; not queued again", mail.DedupeKey);
            return false;
        }

        logger.LogInformation("Queued mail {MailId} for {RecipientCount} recipient(s)", row.Id, recipients.Count);
        signal.Notify();
        return true;
    }
}
