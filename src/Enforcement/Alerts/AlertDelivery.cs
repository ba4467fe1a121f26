using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Alerts;

/// <summary>One leader's copy of an alert: mailed at once, or waiting for that leader's daily digest.</summary>
public sealed class AlertDelivery
{
    public int Id { get; set; }

    public Guid AlertId { get; set; }

    public Alert? Alert { get; set; }

    public int StaffMemberId { get; set; }

    public AlertMode Mode { get; set; }

    /// <summary>When the mail (immediate, or the digest that carried it) was put in the outbox.</summary>
    public DateTimeOffset? MailedAt { get; set; }
}
