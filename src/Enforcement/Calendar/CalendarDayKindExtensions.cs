namespace Thads.Enforcement.Calendar;

public static class CalendarDayKindExtensions
{
    /// <summary>True for the kinds that take a weekday out of the working week.</summary>
    public static bool IsDayOff(this CalendarDayKind kind) =>
        kind is CalendarDayKind.Holiday or CalendarDayKind.CompensatoryDayOff or CalendarDayKind.SwapDayOff;

    /// <summary>The Vietnamese name shown to administrators and used in validation messages.</summary>
    public static string VietnameseName(this CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "ngày nghỉ lễ, tết",
        CalendarDayKind.CompensatoryDayOff => "ngày nghỉ bù",
        CalendarDayKind.SwapDayOff => "ngày nghỉ do hoán đổi",
        CalendarDayKind.SwapWorkday => "ngày làm việc bù do hoán đổi",
        CalendarDayKind.Pending => "ngày chờ hiệu lực",
        _ => kind.ToString(),
    };
}
