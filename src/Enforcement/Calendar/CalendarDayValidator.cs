namespace Thads.Enforcement.Calendar;

/// <summary>
/// The rules a calendar row must satisfy. Messages are Vietnamese for the administrators and start with the field's
/// Vietnamese label and its property name, e.g. "Ngày (Date): …".
/// </summary>
public static class CalendarDayValidator
{
    /// <param name="sameDate">The row already stored for the same date (other than the one being edited), if any.</param>
    public static IReadOnlyList<CalendarValidationError> Validate(CalendarDayInput input, CalendarDay? sameDate)
    {
        var errors = new List<CalendarValidationError>();
        CheckKindAndDate(input, errors);
        if (sameDate is not null)
        {
            errors.Add(Error(nameof(input.Date), "Ngày",
                $"đã có một dòng cho {VietnameseWeekday.Describe(input.Date)} ({sameDate.Occasion}); mỗi ngày chỉ có một dòng, hãy sửa dòng đó."));
        }

        CheckText(errors, nameof(input.Occasion), "Dịp", input.Occasion, CalendarDayConfiguration.OccasionMaxLength, required: true);
        CheckText(errors, nameof(input.LegalBasis), "Căn cứ pháp lý", input.LegalBasis, CalendarDayConfiguration.LegalBasisMaxLength, required: true);
        CheckText(errors, nameof(input.Source), "Nguồn", input.Source, CalendarDayConfiguration.SourceMaxLength, required: false);
        if (!Enum.IsDefined(input.Confirmation))
        {
            errors.Add(Error(nameof(input.Confirmation), "Trạng thái xác nhận", $"giá trị '{input.Confirmation}' không hợp lệ; chọn Confirmed hoặc Unconfirmed."));
        }

        return errors;
    }

    private static void CheckKindAndDate(CalendarDayInput input, List<CalendarValidationError> errors)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(Error(nameof(input.Kind), "Loại ngày", $"giá trị '{input.Kind}' không hợp lệ; chọn một trong: {string.Join(", ", Enum.GetNames<CalendarDayKind>())}."));
            return;
        }

        var weekend = WeeklyDaysOff.Contains(input.Date);
        if (input.Kind == CalendarDayKind.SwapWorkday && !weekend)
        {
            // A swap moves a weekday's work onto a weekly day off; a weekday is a working day already.
            errors.Add(Error(nameof(input.Date), "Ngày",
                $"ngày làm việc bù do hoán đổi (SwapWorkday) phải là thứ Bảy hoặc Chủ nhật, nhưng {VietnameseWeekday.Describe(input.Date)} không phải."));
        }
        else if (input.Kind.IsDayOff() && weekend)
        {
            // A holiday on a weekly day off is not stored: the weekday after it is, as a compensatory day off
            // (Labour Code 2019, Art. 111 cl. 3).
            errors.Add(Error(nameof(input.Date), "Ngày",
                $"{VietnameseWeekday.Describe(input.Date)} là ngày nghỉ hằng tuần, không ghi là {input.Kind.VietnameseName()} ({input.Kind}). "
                + "Khi ngày lễ trùng ngày nghỉ hằng tuần, hãy ghi ngày nghỉ bù (CompensatoryDayOff) vào ngày làm việc kế tiếp (Bộ luật Lao động 2019, Điều 111 khoản 3)."));
        }
    }

    private static void CheckText(
        List<CalendarValidationError> errors, string field, string label, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(Error(field, label, "không được để trống."));
            }
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(Error(field, label, $"dài tối đa {maxLength} ký tự (đang có {value.Trim().Length})."));
        }
    }

    private static CalendarValidationError Error(string field, string label, string message) =>
        new(field, $"{label} ({field}): {message}");
}
