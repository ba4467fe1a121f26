namespace Thads.Enforcement.Calendar;

/// <summary>
/// Computes the last day of a statutory period from the date of its triggering event, following the counting rules
/// of the Civil Code 2015 (Bộ luật Dân sự 91/2015/QH13), Arts. 144–148, which apply to periods in other laws unless
/// they say otherwise (Art. 145), and the working days of the stored calendar (Labour Code 2019, Arts. 111–112).
/// The mapping of these rules onto enforcement deadlines is domain README §5.3, tagged unconfirmed there.
/// </summary>
public sealed class DeadlineCalculator(WorkingDayCalendar calendar)
{
    public Deadline Compute(DateOnly eventDate, DeadlinePeriod period)
    {
        if (period.Unit != DeadlineUnit.Immediate && period.Count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "A period needs a positive count.");
        }

        // One snapshot for the whole computation, so a concurrent edit cannot mix two calendars.
        var snapshot = calendar.Current;
        var lastDay = period.Unit switch
        {
            DeadlineUnit.Immediate => eventDate,
            // Working-day periods skip non-working days; the event day itself never counts (Art. 147 cl. 3).
            DeadlineUnit.WorkingDay => snapshot.AddWorkingDays(eventDate, period.Count),
            // Day periods start the day after the event (Art. 147 cl. 3) and end at the close of their last day
            // (Art. 148 cl. 1): event + count.
            DeadlineUnit.Day => EndOnWorkingDay(snapshot, eventDate.AddDays(period.Count)),
            // Month and year periods end on the corresponding day of the last month or year, or on that month's
            // last day when it has no such day (Art. 148 cl. 3–4): AddMonths/AddYears clamp exactly so.
            DeadlineUnit.Month => EndOnWorkingDay(snapshot, eventDate.AddMonths(period.Count)),
            DeadlineUnit.Year => EndOnWorkingDay(snapshot, eventDate.AddYears(period.Count)),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown deadline unit."),
        };
        return new Deadline(lastDay, snapshot.Version);
    }

    /// <summary>
    /// A period whose last day is a weekly day off or a holiday ends at the close of the next working day
    /// (Civil Code 2015, Art. 148 cl. 5).
    /// </summary>
    private static DateOnly EndOnWorkingDay(CalendarSnapshot snapshot, DateOnly lastDay) =>
        snapshot.OnOrNextWorkingDay(lastDay);
}
