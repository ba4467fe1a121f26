namespace Thads.Host.Mail.Outbox;

internal static class MailOutboxLimits
{
    /// <summary>Enough for any SMTP reply and an exception message; a server echoing a whole message back must not bloat the table.</summary>
    public const int LastErrorLength = 2000;

    public static string Truncate(string text) =>
        text.Length <= LastErrorLength ? text : text[..(LastErrorLength - 1)] + "…";
}
