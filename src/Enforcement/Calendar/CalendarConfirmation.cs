namespace Thads.Enforcement.Calendar;

/// <summary>
/// Whether a row rests on an official announcement. Unconfirmed rows are still in force (an expected holiday
/// is better than none); the status tells administrators which rows to check when the announcement comes out.
/// </summary>
public enum CalendarConfirmation
{
    Confirmed,
    Unconfirmed,
}
