namespace Thads.Enforcement.Organisation;

/// <summary>How a leader wants escalation mail: one message per alert, or one daily digest at a set hour.</summary>
public enum AlertMode
{
    Immediate,
    DailyDigest,
}
