using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Host.Startup;

namespace Thads.Host.Calendar;

/// <summary>
/// Migrates the application tables (<c>thads_*</c>), inserts the calendar seed rows never applied before, and
/// loads the calendar so the first timer does not wait for the database.
/// </summary>
internal sealed class ThadsDatabaseStartupTask(
    ThadsDatabaseInitializer initializer,
    WorkingDayCalendar calendar,
    ILogger<ThadsDatabaseStartupTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var seeded = await initializer.InitializeAsync(cancellationToken);
        calendar.Invalidate();
        _ = calendar.Current;
        logger.LogInformation(
            "Application tables are up to date; {Seeded} calendar seed rows inserted; calendar version {Version} loaded.",
            seeded, calendar.Version);
    }
}
