using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Calendar;
using Thads.Activities;
using Thads.Host.Database;
using Thads.Host.Scheduling;
using Thads.Host.Startup;
using Thads.Workflows.Persistence;
using Thads.Workflows.Runtime;

namespace Thads.Host.Workflow;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// The workflow engine on the application database, and the start-up task that creates or migrates its
    /// tables. Call after <c>AddThadsDatabase</c> so the data directory exists first.
    /// </summary>
    public static IServiceCollection AddThadsWorkflowEngine(this IServiceCollection services)
    {
        services.AddSingleton<IWorkflowClock>(new SystemWorkflowClock());
        services.AddSingleton(sp =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"{DatabaseOptions.ProviderKey} = {database.Provider}: the workflow engine runs on SQLite in this version; PostgreSQL support is not built yet.");
            }

            var builder = new WorkflowEngineBuilder()
                .UseDatabase(WorkflowDatabase.Sqlite(database.ConnectionString))
                .UseClock(sp.GetRequiredService<IWorkflowClock>())
                .UseCalendar(sp.GetService<IWorkingDayCalendar>() ?? WeekendOnlyCalendar.Instance)
                .UseActivities(ThadsActivityCatalog.CreateRegistry())
                .UseServices(sp);
            if (sp.GetService<QuartzTimerScheduler>() is { } timers)
            {
                builder.UseTimerScheduler(timers);
            }

            return builder.Build();
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICalendarChangeObserver, WorkingDayTimerRecount>());
        services.AddStartupTask<WorkflowEngineStartupTask>();
        services.AddStartupTask<StandardProcessesStartupTask>();
        return services;
    }
}
