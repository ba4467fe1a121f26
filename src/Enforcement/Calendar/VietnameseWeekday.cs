using System.Globalization;

namespace Thads.Enforcement.Calendar;

/// <summary>Dates as Vietnamese administrators write them: "thứ Bảy 10/01/2026".</summary>
public static class VietnameseWeekday
{
    public static string Name(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "thứ Hai",
        DayOfWeek.Tuesday => "thứ Ba",
        DayOfWeek.Wednesday => "thứ Tư",
        DayOfWeek.Thursday => "thứ Năm",
        DayOfWeek.Friday => "thứ Sáu",
        DayOfWeek.Saturday => "thứ Bảy",
        _ => "Chủ nhật",
    };

    public static string Describe(DateOnly date) =>
        $"{Name(date.DayOfWeek)} {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
}
