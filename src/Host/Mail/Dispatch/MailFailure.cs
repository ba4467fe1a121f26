namespace Thads.Host.Mail.Dispatch;

/// <summary>A classified send failure with the text stored as the message's last error.</summary>
internal sealed record MailFailure(MailFailureKind Kind, string Description);
