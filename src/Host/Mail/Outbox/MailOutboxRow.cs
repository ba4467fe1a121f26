namespace Thads.Host.Mail.Outbox;

/// <summary>A row of <c>mail_outbox</c>. Times are UTC ticks, as in the engine's tables, so every provider compares them alike.</summary>
internal sealed class MailOutboxRow
{
    public long Id { get; set; }

    /// <summary>The recipients, one address per line.</summary>
    public string Recipients { get; set; } = "";

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    /// <summary>The caller's HTML fragment; null when the HTML part is made from the text.</summary>
    public string? HtmlBody { get; set; }

    public string? LinkPath { get; set; }

    public string? LinkText { get; set; }

    public long CreatedAtTicks { get; set; }

    public long NextAttemptAtTicks { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public MailStatus Status { get; set; }

    public long? SentAtTicks { get; set; }

    public string? DedupeKey { get; set; }
}
