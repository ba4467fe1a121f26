using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Api;
using Thads.Host.Cases.Timeline;

namespace Thads.Host.Cases.Api;

/// <summary>The answer of <c>GET /api/cases/{id}</c>: the case page's content as data; texts (status, timeline) in Vietnamese.</summary>
public sealed record CaseDossierView(
    int Id,
    string CaseNumber,
    UnitRef? Unit,
    StaffRef? Executor,
    EnforcementStatus? Status,
    string StatusText,
    DateOnly? StatusSince,
    bool IsOpen,
    IntakePath IntakePath,
    JudgmentType JudgmentType,
    string CourtName,
    string JudgmentNumber,
    DateOnly JudgmentDate,
    DateOnly? JudgmentEffectiveDate,
    DateOnly? JudgmentReceivedOn,
    DateOnly? RequestReceivedOn,
    string? RequesterName,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    DateOnly? VoluntaryPeriodEndsOn,
    int? DelegatedToUnitId,
    IReadOnlyList<PartyView> Parties,
    IReadOnlyList<ObligationView> Obligations,
    IReadOnlyList<MoneyView> Money,
    MoneySummary MoneySummary,
    IReadOnlyList<AssetView> Assets,
    IReadOnlyList<StatusChangeView> StatusHistory,
    IReadOnlyList<AlertView> Alerts,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<CaseTaskView> OpenTasks,
    ProcessView? Process,
    IReadOnlyList<TimelineEntry> Timeline);
