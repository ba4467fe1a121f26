namespace Thads.Host.Mail;

/// <summary>A message to send: what the caller decides. Sender, date and the link's host come from configuration.</summary>
public sealed class OutgoingMail
{
    /// <summary>One address per entry, with or without a display name: <c>Nguyễn Văn A &lt;a@thads.vn&gt;</c>.</summary>
    public required IReadOnlyList<string> To { get; init; }

    /// <summary>Any Unicode text; encoded for the header (RFC 2047, UTF-8) when the message is built.</summary>
    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    /// <summary>
    /// An HTML fragment for inside <c>&lt;body&gt;</c>, already escaped by the caller; when null the HTML part
    /// is made from <see cref="TextBody"/>.
    /// </summary>
    public string? HtmlBody { get; init; }

    /// <summary>Path of the case or task inside the application (<c>/cases/123</c>), linked from both parts.</summary>
    public string? LinkPath { get; init; }

    /// <summary>The words of the link; a Vietnamese default is used when null.</summary>
    public string? LinkText { get; init; }

    /// <summary>
    /// When set, a second message with the same key is refused by <see cref="IMailOutbox.EnqueueAsync"/>, e.g.
    /// <c>escalation:{case}:{rule}:{yyyy-MM-dd}</c> so one alert goes out once per case, rule and day.
    /// </summary>
    public string? DedupeKey { get; init; }
}
