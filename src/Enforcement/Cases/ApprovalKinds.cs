namespace Thads.Enforcement.Cases;

/// <summary>
/// The usual things a leader approves in the standard processes. <see cref="Approval.Kind"/> is free text so a
/// process an administrator designs can add its own; these are the names the shipped processes use.
/// </summary>
public static class ApprovalKinds
{
    public const string Decision = "decision";
    public const string Assignment = "assignment";
    public const string NoConditions = "no-conditions";
    public const string Postponement = "postponement";
    public const string Suspension = "suspension";
    public const string Termination = "termination";
    public const string Delegation = "delegation";
    public const string Handover = "handover";
    public const string Exemption = "exemption";
    public const string Payout = "payout";
}
