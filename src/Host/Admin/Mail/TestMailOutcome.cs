namespace Thads.Host.Admin.Mail;

/// <summary>What became of a test message by the time the administrator gets the answer.</summary>
public enum TestMailOutcome
{
    /// <summary>The SMTP server (or the pickup directory) accepted it.</summary>
    Delivered,

    /// <summary>Still in the outbox: not tried yet, or failed and to be tried again (see the error).</summary>
    Queued,

    /// <summary>Refused for good and parked; the error says why.</summary>
    Failed,
}
