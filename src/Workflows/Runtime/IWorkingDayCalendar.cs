namespace Thads.Workflows.Runtime;

/// <summary>
/// Counts working days for timers marked <c>thads:calendar="working-days"</c>. The application supplies a
/// calendar with public holidays; the engine's default only skips Saturdays and Sundays.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>The moment <paramref name="days"/> working days after <paramref name="from"/>, keeping the time of day.</summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int days);
}
