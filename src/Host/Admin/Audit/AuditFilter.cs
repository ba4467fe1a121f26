using Thads.Enforcement.Cases.Audit;

namespace Thads.Host.Admin.Audit;

/// <summary>Which audit rows to show. Dates are days in Vietnam time, both included.</summary>
/// <param name="User">Part of the actor's user name.</param>
/// <param name="Entity">The audited type, e.g. <c>EnforcementCase</c>, <c>Unit</c>, <c>Account</c>, <c>CalendarDay</c>.</param>
/// <param name="CaseNumber">The exact case number; only rows of that case.</param>
public sealed record AuditFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? User = null,
    string? Entity = null,
    string? CaseNumber = null,
    AuditAction? Action = null,
    int Page = 1,
    int PageSize = 50);
