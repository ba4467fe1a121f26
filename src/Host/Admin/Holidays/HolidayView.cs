using Thads.Enforcement.Calendar;

namespace Thads.Host.Admin.Holidays;

/// <summary>A row of the working-day calendar: a day off on a weekday, or a weekend day worked, with where it comes from.</summary>
public sealed record HolidayView(
    int Id,
    DateOnly Date,
    CalendarDayKind Kind,
    string Occasion,
    string LegalBasis,
    string? Source,
    CalendarConfirmation Confirmation,
    DateTimeOffset UpdatedAt,
    string UpdatedBy)
{
    public static HolidayView Of(CalendarDay day) =>
        new(day.Id, day.Date, day.Kind, day.Occasion, day.LegalBasis, day.Source, day.Confirmation, day.UpdatedAt, day.UpdatedBy);
}
