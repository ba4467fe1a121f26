namespace Thads.Host.Mail.Dispatch;

/// <summary>What one pass over the due messages did.</summary>
/// <param name="Sent">Accepted by the transport and marked Sent.</param>
/// <param name="Retrying">Failed and scheduled for another attempt.</param>
/// <param name="Parked">Failed and given up on.</param>
internal sealed record MailDispatchResult(int Sent, int Retrying, int Parked)
{
    public static MailDispatchResult None { get; } = new(0, 0, 0);
}
