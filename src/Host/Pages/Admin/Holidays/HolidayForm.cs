using Thads.Enforcement.Calendar;
using Thads.Host.Admin.Api;

namespace Thads.Host.Pages.Admin.Holidays;

/// <summary>Reads the calendar row form (date as yyyy-MM-dd, kind and confirmation by name) with an error per field.</summary>
public static class HolidayForm
{
    /// <exception cref="Thads.Host.Admin.AdminValidationException">A value could not be read.</exception>
    public static CalendarDayInput Input(string? date, string? kind, string? occasion, string? legalBasis, string? source, string? confirmation)
    {
        var parser = new AdminRequestParser();
        var day = parser.Date(date, nameof(CalendarDayInput.Date), "Ngày", required: true);
        var dayKind = parser.Enum<CalendarDayKind>(kind, nameof(CalendarDayInput.Kind), "Loại ngày", required: true);
        var confirmed = parser.Enum<CalendarConfirmation>(confirmation, nameof(CalendarDayInput.Confirmation), "Trạng thái xác nhận", required: false);
        parser.ThrowIfInvalid();
        return new CalendarDayInput(day!.Value, dayKind!.Value, occasion ?? "", legalBasis ?? "", source, confirmed ?? CalendarConfirmation.Confirmed);
    }
}
