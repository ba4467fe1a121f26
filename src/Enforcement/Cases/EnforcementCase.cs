using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases;

/// <summary>
/// Hồ sơ thi hành án: one enforcement decision is one case, the counting unit of the statistics (domain README §2.1).
/// Changed only through <see cref="CaseService"/>, which validates every change, records its history and audits it.
/// Table <c>thads_cases</c>.
/// </summary>
public sealed class EnforcementCase : ICaseRecord
{
    public int Id { get; set; }

    /// <summary>The number in the unit's register, unique per unit, e.g. "123/2026/QĐ-CTHADS".</summary>
    public string CaseNumber { get; set; } = string.Empty;

    /// <summary>The unit that owns the case (the statistics row it counts in).</summary>
    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>The chấp hành viên in charge; null until one is assigned.</summary>
    public int? ExecutorId { get; set; }

    public StaffMember? Executor { get; set; }

    /// <summary>Null until the enforcement decision is issued ("Hồ sơ mới").</summary>
    public EnforcementStatus? Status { get; set; }

    /// <summary>The date of the change that set <see cref="Status"/>, so "status on a report date" queries need no history scan for open cases.</summary>
    public DateOnly? StatusSince { get; set; }

    public AcceptanceKind AcceptanceKind { get; set; }

    /// <summary>Ngày thụ lý: the enforcement decision's date, or the day a received delegation was accepted.</summary>
    public DateOnly? AcceptedOn { get; set; }

    public IntakePath IntakePath { get; set; }

    public JudgmentType JudgmentType { get; set; }

    /// <summary>The court (or arbitral body) that issued the judgment or decision enforced.</summary>
    public string CourtName { get; set; } = string.Empty;

    public string JudgmentNumber { get; set; } = string.Empty;

    public DateOnly JudgmentDate { get; set; }

    /// <summary>The day the judgment took legal effect: the limitation period runs from it (Art. 30).</summary>
    public DateOnly? JudgmentEffectiveDate { get; set; }

    /// <summary>For ex-officio cases: the day the agency received the judgment, which starts the decision deadline (Art. 36).</summary>
    public DateOnly? JudgmentReceivedOn { get; set; }

    /// <summary>For cases on request: the day the request was received, which starts the decision deadline (Art. 36).</summary>
    public DateOnly? RequestReceivedOn { get; set; }

    public string? RequesterName { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    /// <summary>Who signed the enforcement decision, as written on it (name and title).</summary>
    public string? DecisionSignedBy { get; set; }

    /// <summary>The last day of the voluntary execution period (Art. 45).</summary>
    public DateOnly? VoluntaryPeriodEndsOn { get; set; }

    public DateOnly? FirstVerifiedOn { get; set; }

    public DateOnly? LastVerifiedOn { get; set; }

    /// <summary>What the latest verification concluded; null before the first.</summary>
    public bool? HasConditions { get; set; }

    /// <summary>The Art. 44a decision that the debtor has no conditions.</summary>
    public string? NoConditionsDecisionNumber { get; set; }

    public DateOnly? NoConditionsDecisionDate { get; set; }

    /// <summary>Where the case was delegated (ủy thác), when it was; see <see cref="Delegation"/>.</summary>
    public int? DelegatedToUnitId { get; set; }

    public DateOnly? DelegatedOn { get; set; }

    /// <summary>For a received delegation: the delegating unit and its case.</summary>
    public int? DelegatedFromUnitId { get; set; }

    public int? DelegatedFromCaseId { get; set; }

    /// <summary>Optimistic concurrency: every change of the case or of anything in it increments it.</summary>
    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public List<Party> Parties { get; set; } = [];

    public List<Obligation> Obligations { get; set; } = [];

    public List<MoneyEntry> MoneyEntries { get; set; } = [];

    public List<Asset> Assets { get; set; } = [];

    public List<VerificationRecord> Verifications { get; set; } = [];

    public List<Notice> Notices { get; set; } = [];

    public List<StatusChange> StatusChanges { get; set; } = [];

    public List<Assignment> Assignments { get; set; } = [];

    public List<Approval> Approvals { get; set; } = [];

    public List<Attachment> Attachments { get; set; } = [];

    /// <summary>Still to be worked on: not ended by law, not delegated away, not a returned legacy request.</summary>
    public bool IsOpen => Status is null || (!StatusTransitions.IsFinal(Status.Value) && Status != EnforcementStatus.ReturnedLegacy);

    /// <summary>A received delegation the receiving agency has not accepted yet.</summary>
    public bool IsPendingAcceptance => AcceptanceKind == AcceptanceKind.ReceivedByDelegation && AcceptedOn is null;

    int? ICaseRecord.AuditCaseId => Id;
}
