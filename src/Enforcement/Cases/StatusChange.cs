using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases;

/// <summary>
/// One change of a case's status with the legal ground it rests on (table <c>thads_status_changes</c>); written only
/// after <see cref="StatusTransitions.Check"/> allowed it.
/// </summary>
public sealed class StatusChange : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    /// <summary>Null for the first status of the case.</summary>
    public EnforcementStatus? From { get; set; }

    public EnforcementStatus To { get; set; }

    /// <summary>The date of the change in law (the decision's date).</summary>
    public DateOnly On { get; set; }

    /// <summary><see cref="LegalGround.Code"/>, e.g. "44a.1.a".</summary>
    public string GroundCode { get; set; } = string.Empty;

    /// <summary>The citation as it stood when the change was made ("Art. 44a cl. 1 pt. a Luật THADS (VBHN 12/2014)"), kept so history reads the same after the tables change.</summary>
    public string GroundCitation { get; set; } = string.Empty;

    /// <summary>The decision that made the change (44a, postponement, suspension, termination…), when there is one.</summary>
    public string? DecisionNumber { get; set; }

    /// <summary>Set when the ground rests on something unconfirmed, so the change can be found and re-checked.</summary>
    public bool NeedsReview { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    int? ICaseRecord.AuditCaseId => CaseId;
}
