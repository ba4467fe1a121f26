namespace Thads.Enforcement.Cases.Audit;

/// <summary>
/// One change to case data (table <c>thads_audit</c>): who, when, which row, and the row before and after as JSON.
/// Written by <see cref="CaseAuditor"/> in the same transaction as the change, never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Stored as UTC ticks (column <c>AtUtcTicks</c>), so the trail can be filtered and ordered in SQL on every provider.</summary>
    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = string.Empty;

    /// <summary>The entity's class name, e.g. <c>EnforcementCase</c>, <c>MoneyEntry</c>.</summary>
    public string Entity { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>The case the row belongs to; null for a row spanning cases (a handover).</summary>
    public int? CaseId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Every column before the change; null for <see cref="AuditAction.Added"/>.</summary>
    public string? Before { get; set; }

    /// <summary>Every column after the change; null for <see cref="AuditAction.Deleted"/>.</summary>
    public string? After { get; set; }
}
