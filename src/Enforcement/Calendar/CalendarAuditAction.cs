namespace Thads.Enforcement.Calendar;

public enum CalendarAuditAction
{
    Added,
    Updated,
    Deleted,
}
