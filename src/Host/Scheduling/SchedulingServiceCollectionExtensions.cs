using Microsoft.Extensions.Options;
using Quartz;
using Thads.Host.Database;
using Thads.Host.Startup;

namespace Thads.Host.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Quartz with its persistent store on the application database (its tables are created on start if
    /// missing), the workflow timer job, the one-minute sweep, and the start-up task that rebuilds the
    /// alarms and starts the scheduler once the database is ready. Register after the workflow engine.
    /// </summary>
    public static IServiceCollection AddThadsScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<QuartzTimerScheduler>();
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(ConnectionString(configuration));
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            q.AddJob<WorkflowTimerJob>(job => job.WithIdentity(WorkflowTimerKeys.TimerJob).StoreDurably());
            q.AddJob<DueTimerSweepJob>(job => job.WithIdentity(WorkflowTimerKeys.SweepJob).StoreDurably());
            q.AddTrigger(trigger => trigger
                .WithIdentity("workflow-timer-sweep", "thads")
                .ForJob(WorkflowTimerKeys.SweepJob)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(SweepInterval).RepeatForever()));
        });
        services.AddSingleton<SchedulerLifetime>();
        services.AddHostedService(sp => sp.GetRequiredService<SchedulerLifetime>());
        services.AddStartupTask<SchedulerStartupTask>();
        return services;
    }

    private static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? "Data Source=data/thads.db";
}
