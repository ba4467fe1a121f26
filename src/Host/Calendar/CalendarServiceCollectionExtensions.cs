using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Host.Database;
using Thads.Host.Startup;
using Thads.Workflows.Runtime;

namespace Thads.Host.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// The application database context (<see cref="ThadsDbContext"/>, scoped, and its factory, singleton), the
    /// working-day calendar as the singleton <see cref="IWorkingDayCalendar"/>, the deadline calculator, the
    /// calendar administration service, and the start-up task that migrates the context and seeds the calendar.
    /// Call after <c>AddThadsDatabase</c>: start-up tasks run in registration order and the data directory comes first.
    /// </summary>
    public static IServiceCollection AddThadsCalendar(this IServiceCollection services)
    {
        services.AddThadsDbContext();
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new WorkingDayCalendar(
            sp.GetRequiredService<IDbContextFactory<ThadsDbContext>>(),
            sp.GetRequiredService<IOptions<CalendarOptions>>().Value));
        services.TryAddSingleton<IWorkingDayCalendar>(sp => sp.GetRequiredService<WorkingDayCalendar>());
        services.TryAddSingleton<DeadlineCalculator>();
        services.TryAddSingleton<CalendarSeeder>();
        services.TryAddSingleton<ThadsDatabaseInitializer>();
        services.TryAddScoped<CalendarService>();
        services.AddStartupTask<ThadsDatabaseStartupTask>();
        return services;
    }

    /// <summary><see cref="ThadsDbContext"/> on the configured database (<c>Database:Provider</c>, <c>ConnectionStrings:Thads</c>).</summary>
    public static IServiceCollection AddThadsDbContext(this IServiceCollection services)
    {
        // A factory, because the calendar is a singleton that reads the table outside any request scope;
        // AddDbContextFactory also registers the context itself as scoped.
        services.AddDbContextFactory<ThadsDbContext>((sp, builder) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"{DatabaseOptions.ProviderKey} = {database.Provider}: the application tables have SQLite migrations only in this version; PostgreSQL support is not built yet.");
            }

            builder.UseThadsSqlite(database.ConnectionString);
        });
        return services;
    }
}
