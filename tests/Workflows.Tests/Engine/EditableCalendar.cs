using Thads.Workflows.Runtime;

namespace Thads.Workflows.Tests.Engine;

/// <summary>Weekends plus holidays a test adds while the engine runs, as an administrator would.</summary>
internal sealed class EditableCalendar : IWorkingDayCalendar
{
    public HashSet<DateOnly> Holidays { get; } = [];

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var result = from;
        for (var left = days; left > 0;)
        {
            result = result.AddDays(1);
            var date = DateOnly.FromDateTime(result.DateTime);
            if (result.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(date))
            {
                left--;
            }
        }

        return result;
    }
}
