namespace Thads.Enforcement.Calendar;

/// <summary>How a statutory period is counted (domain README §5.1 and §5.3).</summary>
public enum DeadlineUnit
{
    /// <summary>"ngày làm việc": only working days count (e.g. Law on Civil Judgment Enforcement Art. 36, 5 working days).</summary>
    WorkingDay,

    /// <summary>Calendar days (e.g. Art. 45, 10 days of voluntary enforcement).</summary>
    Day,

    /// <summary>Calendar months (e.g. Art. 44, re-verification after 6 months).</summary>
    Month,

    /// <summary>Calendar years (e.g. Art. 30, 5-year limitation).</summary>
    Year,

    /// <summary>No period: due on the day of the event (e.g. delegation of provisional measures, "ngay").</summary>
    Immediate,
}
