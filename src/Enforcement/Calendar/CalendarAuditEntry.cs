namespace Thads.Enforcement.Calendar;

/// <summary>
/// One change to <c>thads_calendar_days</c> (table <c>thads_calendar_audit</c>): who changed which date when, and the
/// row before and after as JSON. Written in the same transaction as the change, never updated.
/// </summary>
public sealed class CalendarAuditEntry
{
    public long Id { get; set; }

    public int CalendarDayId { get; set; }

    public DateOnly Date { get; set; }

    public CalendarAuditAction Action { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The row as JSON before the change; null for <see cref="CalendarAuditAction.Added"/>.</summary>
    public string? Before { get; set; }

    /// <summary>The row as JSON after the change; null for <see cref="CalendarAuditAction.Deleted"/>.</summary>
    public string? After { get; set; }
}
