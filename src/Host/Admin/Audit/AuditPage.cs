namespace Thads.Host.Admin.Audit;

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Page, int PageSize, int Total);
