using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Workflows.Runtime;

namespace Thads.Enforcement.Calendar;

/// <summary>
/// The stored working-day calendar (table <c>thads_calendar_days</c>) for the workflow engine's
/// <c>thads:calendar="working-days"</c> timers and for <see cref="DeadlineCalculator"/>. The rows are read once into
/// an immutable <see cref="CalendarSnapshot"/>; <see cref="Invalidate"/> (called by <see cref="CalendarService"/>
/// after every edit) drops it and the next question reads the table again. Thread-safe; register as a singleton.
/// </summary>
public sealed class WorkingDayCalendar(IDbContextFactory<ThadsDbContext> dbFactory, CalendarOptions options)
    : IWorkingDayCalendar
{
    // Loading and invalidating share this lock, so a load that read the table before an edit committed can
    // never be cached after that edit's Invalidate().
    private readonly Lock _gate = new();
    private CalendarSnapshot? _current;
    private long _version;

    /// <summary>Incremented by every <see cref="Invalidate"/>; a deadline records the version it was computed with.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The rows in force now; reads the table when nothing is cached.</summary>
    public CalendarSnapshot Current => Volatile.Read(ref _current) ?? Load();

    /// <summary>Forgets the cached rows after the table changed. Cheap: the table is read on the next question.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _version);
            Volatile.Write(ref _current, null);
        }
    }

    public bool IsWorkingDay(DateOnly date) => Current.IsWorkingDay(date);

    /// <inheritdoc cref="CalendarSnapshot.AddWorkingDays"/>
    public DateOnly AddWorkingDays(DateOnly from, int days) => Current.AddWorkingDays(from, days);

    /// <inheritdoc cref="CalendarSnapshot.NextWorkingDay"/>
    public DateOnly NextWorkingDay(DateOnly date) => Current.NextWorkingDay(date);

    /// <summary>
    /// The engine's question: the moment <paramref name="days"/> working days later, same time of day. The day is
    /// taken in Vietnam's time (a timer due 20:00 UTC is due the next Vietnamese day), and the answer keeps the
    /// offset it was asked in.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var local = from.ToOffset(VietnamTime.Offset);
        var date = DateOnly.FromDateTime(local.DateTime);
        var result = Current.AddWorkingDays(date, days);
        return local.AddDays(result.DayNumber - date.DayNumber).ToOffset(from.Offset);
    }

    private CalendarSnapshot Load()
    {
        lock (_gate)
        {
            if (_current is { } loaded)
            {
                return loaded;
            }

            using var db = dbFactory.CreateDbContext();
            var rows = db.CalendarDays.AsNoTracking()
                .Where(day => day.Kind != CalendarDayKind.Pending)
                .Select(day => new { day.Date, day.Kind })
                .AsEnumerable()
                .Select(day => (day.Date, day.Kind));
            var snapshot = CalendarSnapshot.Build(rows, options.SwapWorkdayIsWorkingDay, _version);
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
    }
}
