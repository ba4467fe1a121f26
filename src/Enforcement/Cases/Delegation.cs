namespace Thads.Enforcement.Cases;

/// <summary>
/// Ủy thác (Arts. 55–57): a case sent to another agency, which opens its own case and accepts it (table
/// <c>thads_delegations</c>).
/// </summary>
public sealed class Delegation : ICaseRecord
{
    public int Id { get; set; }

    public int FromCaseId { get; set; }

    public int FromUnitId { get; set; }

    public int ToUnitId { get; set; }

    public DateOnly DelegatedOn { get; set; }

    /// <summary>The legal ground used: 55.1, or 55.1.same-province before 01/07/2025.</summary>
    public string GroundCode { get; set; } = string.Empty;

    public int ReceivingCaseId { get; set; }

    public EnforcementCase? ReceivingCase { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    int? ICaseRecord.AuditCaseId => FromCaseId;
}
