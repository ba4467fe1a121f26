using Thads.Enforcement.Cases.Audit;

namespace Thads.Host.Admin.Audit;

/// <summary>
/// One audited change as the audit view shows it, from the main trail (<c>thads_audit</c>: cases, units, staff,
/// accounts, mail) or the calendar's (<c>thads_calendar_audit</c>, <see cref="Source"/> = <c>calendar</c>).
/// </summary>
/// <param name="Changes">The values that differ between <see cref="Before"/> and <see cref="After"/>.</param>
public sealed record AuditRow(
    string Source,
    long Id,
    DateTimeOffset At,
    string Actor,
    string Entity,
    string EntityId,
    int? CaseId,
    string? CaseNumber,
    AuditAction Action,
    string? Before,
    string? After,
    IReadOnlyList<AuditFieldChange> Changes);
