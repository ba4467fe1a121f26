namespace Thads.Host.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The leader dashboard's queries (pages and API).</summary>
    public static IServiceCollection AddThadsDashboard(this IServiceCollection services)
    {
        services.AddScoped<WorkflowTaskCounts>();
        services.AddScoped<DashboardQueries>();
        return services;
    }
}
