namespace Thads.Enforcement.Cases;

/// <summary>
/// Marks the rows that are case data: every insert, update and delete of one is written to <c>thads_audit</c> in the
/// same transaction (see <see cref="Audit.CaseAuditor"/>).
/// </summary>
public interface ICaseRecord
{
    /// <summary>The case the row belongs to, for finding a case's audit trail; null for rows spanning cases.</summary>
    int? AuditCaseId { get; }
}
