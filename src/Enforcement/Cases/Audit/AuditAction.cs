namespace Thads.Enforcement.Cases.Audit;

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}
