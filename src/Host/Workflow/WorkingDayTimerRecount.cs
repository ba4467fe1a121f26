using Thads.Enforcement.Calendar;
using Thads.Workflows.Runtime;

namespace Thads.Host.Workflow;

/// <summary>
/// When an administrator adds a holiday or a swapped day, every waiting working-day timer is counted again
/// (domain README §4: timers must be recomputed when the calendar changes).
/// </summary>
internal sealed class WorkingDayTimerRecount(WorkflowEngine engine, ILogger<WorkingDayTimerRecount> logger) : ICalendarChangeObserver
{
    public async Task OnCalendarChangedAsync(CalendarChange change, CancellationToken cancellationToken)
    {
        var moved = await engine.RecountWorkingDayTimersAsync(cancellationToken);
        logger.LogInformation("Calendar changed: {Moved} working-day timers moved", moved);
    }
}
