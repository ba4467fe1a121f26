using MimeKit;
using Thads.Host.Mail.Composition;

namespace Thads.Host.Mail.Outbox;

/// <summary>Converts between outbox rows and what callers and administrators see.</summary>
internal static class OutboxRows
{
    public static MailOutboxRow ToRow(OutgoingMail mail, IReadOnlyList<MailboxAddress> recipients, DateTimeOffset now) => new()
    {
        Recipients = string.Join('\n', recipients.Select(mailbox => mailbox.ToString())),
        Subject = mail.Subject,
        TextBody = mail.TextBody,
        HtmlBody = mail.HtmlBody,
        LinkPath = mail.LinkPath,
        LinkText = mail.LinkText,
        CreatedAtTicks = now.UtcTicks,
        NextAttemptAtTicks = now.UtcTicks,
        Status = MailStatus.Pending,
        DedupeKey = mail.DedupeKey,
    };

    public static OutgoingMail ToMail(MailOutboxRow row) => new()
    {
        To = Recipients(row),
        Subject = row.Subject,
        TextBody = row.TextBody,
        HtmlBody = row.HtmlBody,
        LinkPath = row.LinkPath,
        LinkText = row.LinkText,
        DedupeKey = row.DedupeKey,
    };

    public static MailOutboxEntry ToEntry(MailOutboxRow row) => new(
        row.Id,
        Recipients(row),
        row.Subject,
        row.Status,
        row.Attempts,
        row.LastError,
        Time(row.CreatedAtTicks),
        Time(row.NextAttemptAtTicks),
        row.SentAtTicks is { } sent ? Time(sent) : null,
        row.DedupeKey);

    /// <summary>
    /// Stable across retries and unique across databases (the creation time is part of it), so a receiver can
    /// tell a message sent again after a crash from a new one.
    /// </summary>
    public static string MessageId(MailOutboxRow row, MailboxAddress from) =>
        $"thads-outbox-{row.Id}.{row.CreatedAtTicks}@{(from.Domain.Length > 0 ? from.Domain : "thads.local")}";

    public static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private static IReadOnlyList<string> Recipients(MailOutboxRow row) =>
        row.Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
