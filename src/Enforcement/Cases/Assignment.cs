using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases;

/// <summary>An executor assigned to or replaced on a case (table <c>thads_assignments</c>); never updated, so reassignment keeps the history.</summary>
public sealed class Assignment : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public int ExecutorId { get; set; }

    public StaffMember? Executor { get; set; }

    /// <summary>The executor replaced; null for the first assignment.</summary>
    public int? PreviousExecutorId { get; set; }

    /// <summary>Why, e.g. a party's request to change an executor (Art. 7) or a handover.</summary>
    public string? Reason { get; set; }

    /// <summary>The handover that made this assignment, if any.</summary>
    public int? HandoverId { get; set; }

    public Handover? Handover { get; set; }

    public DateTimeOffset AssignedAt { get; set; }

    public string AssignedBy { get; set; } = string.Empty;

    int? ICaseRecord.AuditCaseId => CaseId;
}
