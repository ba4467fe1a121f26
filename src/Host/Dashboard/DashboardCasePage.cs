namespace Thads.Host.Dashboard;

public sealed record DashboardCasePage(string List, IReadOnlyList<DashboardCaseRow> Items, int Page, int PageSize, int Total);
