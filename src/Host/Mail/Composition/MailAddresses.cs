using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace Thads.Host.Mail.Composition;

/// <summary>Reads one mail address, the way recipients, <c>Mail:From</c> and <c>mail test --to</c> all need it.</summary>
internal static class MailAddresses
{
    /// <summary>MimeKit's default accepts "bob" (no domain) as a local mailbox, which no SMTP relay will deliver.</summary>
    private static readonly ParserOptions Strict = CreateStrictOptions();

    /// <summary>One mailbox such as <c>a@b.vn</c> or <c>Nguyễn Văn A &lt;a@b.vn&gt;</c>; lists and groups are refused.</summary>
    public static bool TryParseMailbox(string? text, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        if (string.IsNullOrWhiteSpace(text)
            || !MailboxAddress.TryParse(Strict, text.Trim(), out var parsed)
            || parsed.Domain.Length == 0)
        {
            return false;
        }

        mailbox = parsed;
        return true;
    }

    /// <exception cref="ArgumentException">The text is not one mail address.</exception>
    public static MailboxAddress ParseMailbox(string? text, string parameterName) =>
        TryParseMailbox(text, out var mailbox)
            ? mailbox
            : throw new ArgumentException($"'{text}' is not a mail address such as name@example.vn.", parameterName);

    private static ParserOptions CreateStrictOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.AllowAddressesWithoutDomain = false;
        return options;
    }
}
