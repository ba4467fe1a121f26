namespace Thads.Enforcement.Calendar;

/// <summary>
/// Told after every committed calendar edit, once the cache was invalidated. Timers counted in working days must be
/// recomputed when holidays or swaps change (domain README §4 and §5.2); their owner implements this.
/// </summary>
public interface ICalendarChangeObserver
{
    Task OnCalendarChangedAsync(CalendarChange change, CancellationToken cancellationToken);
}
