namespace Thads.Enforcement.Cases;

/// <summary>One case of a <see cref="Handover"/> and the money held on it that moved (table <c>thads_handover_cases</c>).</summary>
public sealed class HandoverCase : ICaseRecord
{
    public int Id { get; set; }

    public int HandoverId { get; set; }

    public int CaseId { get; set; }

    public long MoneyAmount { get; set; }

    int? ICaseRecord.AuditCaseId => CaseId;
}
