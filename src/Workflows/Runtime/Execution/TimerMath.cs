using Thads.Workflows.Model;
using Thads.Workflows.Timing;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>
/// Turns BPMN timer texts into due times. With <c>thads:calendar="working-days"</c> the weeks and days of a
/// duration count working days of the engine's calendar (the time part is added afterwards); dates are
/// absolute and ignore the calendar.
/// </summary>
internal static class TimerMath
{
    public const string WorkingDays = "working-days";

    public static TimerDue FirstDue(TimerDefinition timer, string text, DateTimeOffset now, IWorkingDayCalendar calendar)
    {
        var workingDays = timer.Calendar == WorkingDays;
        switch (timer.Kind)
        {
            case TimerKind.Date:
                return new TimerDue(ParseDate(text, now.Offset), null);
            case TimerKind.Duration:
                return new TimerDue(Add(ParseDuration(text), now, workingDays ? calendar : null), null);
            default:
                var cycle = ParseCycle(text, now.Offset);
                var first = cycle.Start is { } start && start > now ? start : Add(cycle.Interval, cycle.Start is { } s ? Later(s, now) : now, workingDays ? calendar : null);
                var remaining = cycle.Repetitions is { } total ? total - 1 : -1;
                return new TimerDue(first, remaining);
        }
    }

    /// <summary>The next firing of a cycle after the one due at <paramref name="previous"/>; null past the cycle's end date.</summary>
    public static DateTimeOffset? NextCycleDue(TimerDefinition timer, string text, DateTimeOffset previous, IWorkingDayCalendar calendar)
    {
        var cycle = ParseCycle(text, previous.Offset);
        var next = Add(cycle.Interval, previous, timer.Calendar == WorkingDays ? calendar : null);
        return cycle.End is { } end && next > end ? null : next;
    }

    /// <summary>A user task's due date: an ISO date, or a duration from now.</summary>
    public static DateTimeOffset DueDate(string text, DateTimeOffset now, IWorkingDayCalendar calendar)
    {
        if (IsoDuration.TryParse(text, out var duration))
        {
            return duration.AddTo(now);
        }

        return ParseDate(text, now.Offset);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Add(IsoDuration duration, DateTimeOffset from, IWorkingDayCalendar? calendar)
    {
        if (calendar is null)
        {
            return duration.AddTo(from);
        }

        var calendarPart = new IsoDuration(duration.Years, duration.Months, 0, 0, 0, 0, 0).AddTo(from);
        return calendar.AddWorkingDays(calendarPart, duration.WholeDays) + duration.TimePart;
    }

    private static DateTimeOffset ParseDate(string text, TimeSpan offset) =>
        IsoDate.TryParse(text.Trim(), offset, out var date) ? date : throw new FormatException($"'{text}' is not an ISO 8601 date.");

    private static IsoDuration ParseDuration(string text) =>
        IsoDuration.TryParse(text.Trim(), out var duration) ? duration : throw new FormatException($"'{text}' is not an ISO 8601 duration.");

    private static IsoCycle ParseCycle(string text, TimeSpan offset) =>
        IsoCycle.TryParse(text.Trim(), offset, out var cycle) ? cycle : throw new FormatException($"'{text}' is not an ISO 8601 repeating interval (R/…).");
}
