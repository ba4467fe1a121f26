namespace Thads.Enforcement.Calendar;

/// <summary>
/// What a calendar row does to the Monday–Friday week of civil servants (domain README §5.2).
/// Stored by name, so the table stays readable and new kinds never renumber old rows.
/// </summary>
public enum CalendarDayKind
{
    /// <summary>A statutory public holiday on a weekday (Labour Code 2019, Art. 112 cl. 1).</summary>
    Holiday,

    /// <summary>
    /// The next working day given off because a holiday fell on a weekly day off (Labour Code 2019, Art. 111 cl. 3).
    /// </summary>
    CompensatoryDayOff,

    /// <summary>A bridge weekday given off by a government day swap (hoán đổi ngày làm việc).</summary>
    SwapDayOff,

    /// <summary>The Saturday (or Sunday) worked in exchange for a <see cref="SwapDayOff"/>.</summary>
    SwapWorkday,

    /// <summary>Recorded for the administrators, not in force (e.g. Vietnam Culture Day 24/11 until Art. 112 is amended).</summary>
    Pending,
}
