namespace Thads.Enforcement.Cases;

/// <summary>A document notified to someone (Art. 39: within 03 working days of the document; table <c>thads_notices</c>).</summary>
public sealed class Notice : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    /// <summary>What was notified, e.g. "Quyết định thi hành án số 12/QĐ-CTHADS".</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The date of the document notified: the Art. 39 deadline runs from it.</summary>
    public DateOnly? DocumentDate { get; set; }

    /// <summary>The party notified, when it is one; the procuracy or a commune committee is named in <see cref="RecipientName"/> only.</summary>
    public int? RecipientPartyId { get; set; }

    public string RecipientName { get; set; } = string.Empty;

    public DateOnly NotifiedOn { get; set; }

    public NoticeMethod Method { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    int? ICaseRecord.AuditCaseId => CaseId;
}
