using System.Collections.Frozen;

namespace Thads.Enforcement.Calendar;

/// <summary>
/// An immutable copy of the calendar rows that are in force, answering working-day questions without touching the
/// database: the engine asks on hot paths, so each question is one or two hash look-ups per day.
/// </summary>
public sealed class CalendarSnapshot
{
    private readonly FrozenSet<DateOnly> _weekdaysOff;
    private readonly FrozenSet<DateOnly> _weekendWorkdays;

    private CalendarSnapshot(FrozenSet<DateOnly> weekdaysOff, FrozenSet<DateOnly> weekendWorkdays, long version)
    {
        _weekdaysOff = weekdaysOff;
        _weekendWorkdays = weekendWorkdays;
        Version = version;
    }

    /// <summary>The <see cref="WorkingDayCalendar.Version"/> the rows were read at; recorded with computed deadlines.</summary>
    public long Version { get; }

    /// <param name="swapWorkdayIsWorkingDay">See <see cref="CalendarOptions.SwapWorkdayIsWorkingDay"/>.</param>
    public static CalendarSnapshot Build(
        IEnumerable<(DateOnly Date, CalendarDayKind Kind)> rows, bool swapWorkdayIsWorkingDay, long version)
    {
        var daysOff = new HashSet<DateOnly>();
        var workdays = new HashSet<DateOnly>();
        foreach (var (date, kind) in rows)
        {
            if (kind.IsDayOff())
            {
                daysOff.Add(date);
            }
            else if (kind == CalendarDayKind.SwapWorkday && swapWorkdayIsWorkingDay)
            {
                workdays.Add(date);
            }

            // Pending rows are recorded but not in force: they change nothing.
        }

        return new CalendarSnapshot(daysOff.ToFrozenSet(), workdays.ToFrozenSet(), version);
    }

    /// <summary>
    /// Monday–Friday unless a holiday, compensatory or swapped day off; Saturday and Sunday only when made a
    /// working day by a swap (and the policy counts those).
    /// </summary>
    public bool IsWorkingDay(DateOnly date) =>
        WeeklyDaysOff.Contains(date) ? _weekendWorkdays.Contains(date) : !_weekdaysOff.Contains(date);

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="from"/>. Counting starts the day after
    /// (Civil Code 2015, Art. 147 cl. 3), so <paramref name="from"/> itself never counts, working day or not; a negative
    /// count goes backwards the same way; zero returns <paramref name="from"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var date = from;
        for (var left = Math.Abs((long)days); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the next working day.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);
}
