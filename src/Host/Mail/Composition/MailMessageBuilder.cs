using Microsoft.Extensions.Options;
using MimeKit;
using Thads.Host.Mail.Configuration;

namespace Thads.Host.Mail.Composition;

/// <summary>
/// Makes the MIME message for an <see cref="OutgoingMail"/>: multipart/alternative with a text/plain and a
/// text/html part, both UTF-8, both ending with the link back to the case or task.
/// </summary>
public sealed class MailMessageBuilder(IOptions<MailOptions> options)
{
    public const string DefaultLinkText = "Mở trong THADS Workflow";

    /// <param name="mail">What to send.</param>
    /// <param name="date">The Date header: when the mail was raised, not when a retry finally got it out.</param>
    /// <param name="messageId">
    /// A stable Message-Id, so that a message sent again after a crash can be recognised as the same one;
    /// null lets MimeKit make a fresh one.
    /// </param>
    /// <exception cref="ArgumentException">No recipient, an invalid address, or a link path that is not relative.</exception>
    public MimeMessage Build(OutgoingMail mail, DateTimeOffset date, string? messageId = null)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        var recipients = ParseRecipients(mail.To);
        var link = mail.LinkPath is null ? null : MailLinks.Absolute(settings.BaseUrl, mail.LinkPath);
        var linkText = string.IsNullOrWhiteSpace(mail.LinkText) ? DefaultLinkText : mail.LinkText.Trim();

        var message = new MimeMessage { Subject = mail.Subject, Date = date };
        message.From.Add(MailAddresses.ParseMailbox(settings.From, nameof(MailOptions.From)));
        message.To.AddRange(recipients);
        if (messageId is not null)
        {
            message.MessageId = messageId;
        }

        // BodyBuilder gives multipart/alternative with charset=utf-8 on both parts; MimeKit picks the
        // transfer encoding and RFC 2047-encodes the subject when the message is written.
        message.Body = new BodyBuilder
        {
            TextBody = TextPart(mail.TextBody, link, linkText),
            HtmlBody = HtmlPart(mail.Subject, mail.HtmlBody ?? HtmlText.Paragraphs(mail.TextBody), link, linkText),
        }.ToMessageBody();
        return message;
    }

    /// <summary>Every recipient as a mailbox; the outbox calls this before storing so bad addresses fail the caller, not the dispatcher.</summary>
    /// <exception cref="ArgumentException">No recipient, or one that is not a mail address.</exception>
    public static IReadOnlyList<MailboxAddress> ParseRecipients(IReadOnlyList<string>? to)
    {
        if (to is null || to.Count == 0)
        {
            throw new ArgumentException("A mail needs at least one recipient.", nameof(to));
        }

        return to.Select(address => MailAddresses.ParseMailbox(address, nameof(to))).ToList();
    }

    private static string TextPart(string body, string? link, string linkText) =>
        link is null ? body : $"{body.TrimEnd()}\n\n{linkText}: {link}\n";

    private static string HtmlPart(string subject, string fragment, string? link, string linkText)
    {
        var linkParagraph = link is null
            ? ""
            : $"\n<p><a href=\"{HtmlText.Encode(link)}\">{HtmlText.Encode(linkText)}</a></p>";
        return $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>{HtmlText.Encode(subject)}</title></head>
            <body>
            {fragment}{linkParagraph}
            </body>
            </html>
            """;
    }
}
