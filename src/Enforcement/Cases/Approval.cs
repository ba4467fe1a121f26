namespace Thads.Enforcement.Cases;

/// <summary>A leader's approval or rejection of a step (table <c>thads_approvals</c>).</summary>
public sealed class Approval : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    /// <summary>What was approved; see <see cref="ApprovalKinds"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    public bool Approved { get; set; }

    /// <summary>Required for a rejection: the process loops back with it.</summary>
    public string? Comment { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public string DecidedBy { get; set; } = string.Empty;

    int? ICaseRecord.AuditCaseId => CaseId;
}
