namespace Thads.Host.Dashboard;

/// <summary>One count on the dashboard and where its list is: the page (<see cref="Link"/>) and the API (<see cref="Api"/>).</summary>
public sealed record DashboardCount(string List, int Count, string Link, string Api)
{
    public static DashboardCount Of(string list, int count, string? executor = null, string? rule = null) =>
        new(list, count, DashboardLists.Page(list, executor, rule), DashboardLists.Api(list, executor, rule));
}
