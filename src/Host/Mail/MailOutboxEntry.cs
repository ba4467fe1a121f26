namespace Thads.Host.Mail;

/// <summary>One message of the outbox as administrators see it (without its bodies).</summary>
public sealed record MailOutboxEntry(
    long Id,
    IReadOnlyList<string> To,
    string Subject,
    MailStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt,
    string? DedupeKey);
