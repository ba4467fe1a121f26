using Microsoft.Extensions.DependencyInjection.Extensions;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Dashboard;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Import;
using Thads.Enforcement.Statistics.Live;
using Thads.Enforcement.Statistics.Reconciliation;

namespace Thads.Host.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    /// <summary>
    /// The statistics services (06/07 reports, drill-down, register and traditional imports, reconciliation, period
    /// closing, dashboard) on the application database. Call after <c>AddThadsCalendar</c>, which registers the context.
    /// </summary>
    public static IServiceCollection AddThadsStatistics(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LiveFactProjector>();
        services.TryAddSingleton<ReportEngine>();
        services.TryAddSingleton<StatisticsReports>();
        services.TryAddSingleton<DrillDown>();
        services.TryAddSingleton<RegisterImporter>();
        services.TryAddSingleton<TraditionalImporter>();
        services.TryAddSingleton<ReconciliationService>();
        services.TryAddSingleton<PeriodClosingService>();
        services.TryAddSingleton<StatisticsDashboard>();
        services.TryAddScoped<StatisticsAccess>();
        services.AddAuthorization(StatisticsPolicies.Add);
        return services;
    }
}
