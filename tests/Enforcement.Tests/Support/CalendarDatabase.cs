using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Tests.Support;

/// <summary>
/// A real SQLite file in a fresh temporary directory, migrated and seeded like the application's, with the calendar
/// pieces wired as the host wires them. Deleted on dispose.
/// </summary>
internal sealed class CalendarDatabase : IAsyncDisposable
{
    private CalendarDatabase(string directory, bool swapWorkdayIsWorkingDay)
    {
        Directory = directory;
        // No pooling: nothing keeps the file open once a test is done with it.
        ConnectionString = $"Data Source={Path.Combine(directory, "thads.db")};Pooling=False";
        Factory = new TestDbContextFactory(ThadsDatabase.Sqlite(ConnectionString));
        Time = new FixedTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        Calendar = new WorkingDayCalendar(Factory, new CalendarOptions { SwapWorkdayIsWorkingDay = swapWorkdayIsWorkingDay });
        Seeder = new CalendarSeeder(Factory, Time);
        Service = new CalendarService(Factory, Calendar, Time, [Observer]);
        Deadlines = new DeadlineCalculator(Calendar);
    }

    public string Directory { get; }

    public string ConnectionString { get; }

    public TestDbContextFactory Factory { get; }

    public FixedTimeProvider Time { get; }

    public WorkingDayCalendar Calendar { get; }

    public CalendarSeeder Seeder { get; }

    public RecordingCalendarObserver Observer { get; } = new();

    public CalendarService Service { get; }

    public DeadlineCalculator Deadlines { get; }

    /// <summary>Migrated and seeded.</summary>
    public static async Task<CalendarDatabase> CreateAsync(bool swapWorkdayIsWorkingDay = true)
    {
        var database = CreateEmpty(swapWorkdayIsWorkingDay);
        await new ThadsDatabaseInitializer(database.Factory, database.Seeder).InitializeAsync();
        return database;
    }

    /// <summary>Only the directory: no file, no tables.</summary>
    public static CalendarDatabase CreateEmpty(bool swapWorkdayIsWorkingDay = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), "thads-enforcement-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return new CalendarDatabase(directory, swapWorkdayIsWorkingDay);
    }

    public async Task<CalendarDay> DayAsync(DateOnly date)
    {
        await using var db = Factory.CreateDbContext();
        return await db.CalendarDays.AsNoTracking().SingleAsync(day => day.Date == date);
    }

    public async Task<CalendarDay?> FindDayAsync(DateOnly date)
    {
        await using var db = Factory.CreateDbContext();
        return await db.CalendarDays.AsNoTracking().SingleOrDefaultAsync(day => day.Date == date);
    }

    public ValueTask DisposeAsync()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
