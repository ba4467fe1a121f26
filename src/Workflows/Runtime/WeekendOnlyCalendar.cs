namespace Thads.Workflows.Runtime;

/// <summary>The fallback calendar: Monday to Friday are working days, nothing else is known.</summary>
public sealed class WeekendOnlyCalendar : IWorkingDayCalendar
{
    public static WeekendOnlyCalendar Instance { get; } = new();

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var result = from;
        for (var left = Math.Abs(days); left > 0;)
        {
            result = result.AddDays(step);
            if (result.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return result;
    }
}
