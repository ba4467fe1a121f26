namespace Thads.Host.Dashboard;

public sealed record DashboardTaskPage(string List, IReadOnlyList<DashboardTaskRow> Items, int Page, int PageSize, int Total);
