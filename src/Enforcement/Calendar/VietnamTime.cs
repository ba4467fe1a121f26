namespace Thads.Enforcement.Calendar;

/// <summary>
/// Calendar dates are Vietnamese dates: a moment is placed on the calendar in Vietnam's civil time, UTC+07:00,
/// which has no daylight saving time.
/// </summary>
public static class VietnamTime
{
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    /// <summary>The date in Vietnam at <paramref name="moment"/>, whatever offset it was written in.</summary>
    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Offset).DateTime);
}
