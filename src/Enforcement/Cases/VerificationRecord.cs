using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases;

/// <summary>A verification of the debtor's conditions (biên bản xác minh, Art. 44; table <c>thads_verifications</c>).</summary>
public sealed class VerificationRecord : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public DateOnly VerifiedOn { get; set; }

    /// <summary>Only an executor verifies (Art. 20 cl. 4, domain README §1.3).</summary>
    public int ExecutorId { get; set; }

    public StaffMember? Executor { get; set; }

    public VerificationResult Result { get; set; }

    /// <summary>Set exactly when <see cref="Result"/> is <see cref="VerificationResult.NoConditions"/>.</summary>
    public NoConditionsReason? NoConditionsReason { get; set; }

    public string? Notes { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    int? ICaseRecord.AuditCaseId => CaseId;
}
