using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Tests.Support;

internal sealed class RecordingCalendarObserver : ICalendarChangeObserver
{
    public List<CalendarChange> Changes { get; } = [];

    public Task OnCalendarChangedAsync(CalendarChange change, CancellationToken cancellationToken)
    {
        Changes.Add(change);
        return Task.CompletedTask;
    }
}
