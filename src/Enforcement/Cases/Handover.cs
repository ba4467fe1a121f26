using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases;

/// <summary>
/// Bàn giao: cases and the money held on them passed from one executor to another, approved by a leader (domain
/// README §2.13; table <c>thads_handovers</c>).
/// </summary>
public sealed class Handover : ICaseRecord
{
    public int Id { get; set; }

    public int FromExecutorId { get; set; }

    public StaffMember? FromExecutor { get; set; }

    public int ToExecutorId { get; set; }

    public StaffMember? ToExecutor { get; set; }

    /// <summary>The money handed over, VND: equal to what the giving executor held on the cases.</summary>
    public long MoneyAmount { get; set; }

    public int ApprovedById { get; set; }

    public StaffMember? ApprovedBy { get; set; }

    public DateOnly HandedOverOn { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public List<HandoverCase> Cases { get; set; } = [];

    /// <summary>A handover spans cases; each <see cref="HandoverCase"/> row carries its own.</summary>
    int? ICaseRecord.AuditCaseId => null;
}
