namespace Thads.Enforcement.Calendar;

/// <summary>
/// The calendar rows shipped with the application: 2025–2027 from the dated table of domain README §5.2. Only
/// weekdays taken off (statutory, compensatory and swapped days) and the Saturdays worked instead are stored:
/// ordinary weekends need no row, and a statutory day that falls on a weekend is represented by its compensatory
/// weekday (Labour Code 2019, Art. 111 cl. 3). Rows the README tags unconfirmed are seeded as
/// <see cref="CalendarConfirmation.Unconfirmed"/>; administrators confirm or correct them when the government
/// announces the dates.
/// </summary>
public static class CalendarSeed
{
    private const string LabourCodeHolidays = "Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1";
    private const string LabourCodeCompensatory = "Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3 (ngày lễ trùng ngày nghỉ hằng tuần được nghỉ bù vào ngày làm việc kế tiếp)";

    private const string Source2025NewYear = "https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html";
    private const string Source2025 = "https://znews.vn/nguoi-lao-dong-duoc-nghi-22-ngay-le-tet-trong-nam-2025-post1513989.html";
    private const string Source2025Swap = Source2025 + " ; https://tracuuquyhoach.com/tin-tuc/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-30-4-1-5-2025-51994339";
    private const string Source2026NewYear = "https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289";
    private const string Source2026Tet = "https://vietnammedia.vnanet.vn/video/lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-165342.htm ; http://www.congan.com.vn/?catid=702&id=388656&mod=detnews";
    private const string Source2026April = "https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm ; https://kenh14.vn/gio-to-hung-vuong-2026-roi-vao-ngay-nao-duong-lich-215260311155539564.chn";
    private const string Source2026NationalDay = "https://dantri.com.vn/noi-vu/de-xuat-hoan-doi-de-quoc-khanh-nam-2026-duoc-nghi-5-ngay-lien-tiep-20251002144910692.htm ; https://vnbiznews.com/bo-noi-vu-de-xuat-nghi-5-ngay-dip-le-quoc-khanh-2026-pid1989349677";
    private const string SourceCultureDay = "https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm ; https://vneconomy.vn/nguoi-lao-dong-dong-tinh-khi-chon-2411-la-ngay-van-hoa-viet-nam-duoc-nghi-le.htm";
    private const string Source2027 = "Tính toán theo Bộ luật Lao động 2019 và âm lịch Việt Nam (UTC+7); chưa có thông báo chính thức";

    public static IReadOnlyList<CalendarDayInput> Days { get; } =
    [
        .. Year2025(),
        .. Year2026(),
        .. Year2027(),
    ];

    private static IEnumerable<CalendarDayInput> Year2025()
    {
        yield return Holiday(2025, 1, 1, "Tết Dương lịch", LabourCodeHolidays, Source2025NewYear);

        // Tết Ất Tỵ, lunar new year Wed 29/01/2025: break Sat 25/01 – Sun 02/02, statutory Mon 27/01 – Fri 31/01.
        foreach (var day in Weekdays(new DateOnly(2025, 1, 27), new DateOnly(2025, 1, 31)))
        {
            yield return Holiday(day, "Tết Nguyên đán Ất Tỵ", LabourCodeHolidays, Source2025);
        }

        yield return Holiday(2025, 4, 7, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", LabourCodeHolidays, Source2025);
        yield return Holiday(2025, 4, 30, "Ngày Chiến thắng (30/4)", LabourCodeHolidays, Source2025);
        yield return Holiday(2025, 5, 1, "Ngày Quốc tế Lao động (1/5)", LabourCodeHolidays, Source2025);
        // The 2025 swap: Fri 02/05 off, Sat 26/04 worked, for civil servants (VietnamPlus text via tracuuquyhoach).
        const string swap2025 = "Hoán đổi ngày làm việc dịp 30/4 – 1/5/2025 cho cán bộ, công chức, viên chức (thông báo của Chính phủ, theo tin VietnamPlus)";
        yield return Day(2025, 5, 2, CalendarDayKind.SwapDayOff, "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/04/2025)", swap2025, Source2025Swap);
        yield return Day(2025, 4, 26, CalendarDayKind.SwapWorkday, "Làm việc bù cho ngày nghỉ hoán đổi thứ Sáu 02/05/2025", swap2025, Source2025Swap);

        yield return Holiday(2025, 9, 1, "Quốc khánh (ngày liền kề 2/9)", LabourCodeHolidays, Source2025);
        yield return Holiday(2025, 9, 2, "Quốc khánh (2/9)", LabourCodeHolidays, Source2025);
    }

    private static IEnumerable<CalendarDayInput> Year2026()
    {
        // New Year 2026: Thu 01/01 – Sun 04/01, Fri 02/01 swapped with Sat 10/01 (reported; letter not read here).
        const string newYearSwap = "Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (theo tin báo chí)";
        yield return Holiday(2026, 1, 1, "Tết Dương lịch", LabourCodeHolidays, Source2026NewYear);
        yield return Day(2026, 1, 2, CalendarDayKind.SwapDayOff, "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)", newYearSwap, Source2026NewYear);
        yield return Day(2026, 1, 10, CalendarDayKind.SwapWorkday, "Làm việc bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026", newYearSwap, Source2026NewYear);

        // Tết Bính Ngọ, lunar new year Tue 17/02/2026: break Sat 14/02 – Sun 22/02, statutory Mon 16/02 – Fri 20/02.
        foreach (var day in Weekdays(new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 20)))
        {
            yield return Holiday(day, "Tết Nguyên đán Bính Ngọ", LabourCodeHolidays, Source2026Tet);
        }

        // Giỗ Tổ (lunar 10/3) falls on Sun 26/04/2026: no row for the Sunday, Mon 27/04 is the compensatory day.
        yield return Day(2026, 4, 27, CalendarDayKind.CompensatoryDayOff, "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật 26/04/2026)", LabourCodeCompensatory, Source2026April);
        yield return Holiday(2026, 4, 30, "Ngày Chiến thắng (30/4)", LabourCodeHolidays, Source2026April);
        yield return Holiday(2026, 5, 1, "Ngày Quốc tế Lao động (1/5)", LabourCodeHolidays, Source2026April);

        // National Day 2026: the Ministry of Home Affairs proposed 01/09 as the second day and swapping Mon 31/08 with
        // Sat 22/08 (a 5-day break); the Prime Minister's approval was not seen, so these rows are unconfirmed.
        const string nationalDayProposal = "Đề xuất của Bộ Nội vụ (13 bộ, ngành đồng ý); chưa thấy văn bản phê duyệt của Thủ tướng";
        yield return Day(2026, 8, 31, CalendarDayKind.SwapDayOff, "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)", nationalDayProposal, Source2026NationalDay, CalendarConfirmation.Unconfirmed);
        yield return Day(2026, 8, 22, CalendarDayKind.SwapWorkday, "Làm việc bù cho ngày nghỉ hoán đổi thứ Hai 31/08/2026", nationalDayProposal, Source2026NationalDay, CalendarConfirmation.Unconfirmed);
        yield return Day(2026, 9, 1, CalendarDayKind.Holiday, "Quốc khánh (ngày liền kề 2/9)", $"{LabourCodeHolidays}; chọn ngày 01/09 theo {nationalDayProposal}", Source2026NationalDay, CalendarConfirmation.Unconfirmed);
        yield return Holiday(2026, 9, 2, "Quốc khánh (2/9)", LabourCodeHolidays, Source2026NationalDay);

        // Not a holiday until Art. 112 cl. 1 is amended: recorded, not in force.
        yield return Day(2026, 11, 24, CalendarDayKind.Pending, "Ngày Văn hóa Việt Nam (chờ sửa Bộ luật Lao động)",
            "Nghị quyết 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị; Nghị quyết 30/NQ-CP giao sửa Điều 112 khoản 1 Bộ luật Lao động 2019; chưa có hiệu lực",
            SourceCultureDay, CalendarConfirmation.Unconfirmed);
    }

    private static IEnumerable<CalendarDayInput> Year2027()
    {
        const CalendarConfirmation expected = CalendarConfirmation.Unconfirmed;
        yield return Day(2027, 1, 1, CalendarDayKind.Holiday, "Tết Dương lịch", LabourCodeHolidays, Source2027, expected);

        // Tết Đinh Mùi: lunar new year computed as Sat 06/02/2027; the government has not fixed the 5-day span. Five
        // weekdays around it are seeded (Thu 04/02 – Wed 10/02 without the weekend) until the announcement.
        foreach (var day in Weekdays(new DateOnly(2027, 2, 4), new DateOnly(2027, 2, 10)))
        {
            yield return Day(day, CalendarDayKind.Holiday, "Tết Nguyên đán Đinh Mùi (dự kiến, chưa công bố)",
                $"{LabourCodeHolidays}; khoảng nghỉ chưa được Chính phủ công bố, ngày dự kiến quanh mùng 1 Tết (thứ Bảy 06/02/2027)",
                Source2027, expected);
        }

        yield return Day(2027, 4, 16, CalendarDayKind.Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch, tính toán)", LabourCodeHolidays, Source2027, expected);
        yield return Day(2027, 4, 30, CalendarDayKind.Holiday, "Ngày Chiến thắng (30/4)", LabourCodeHolidays, Source2027, expected);
        // 1/5/2027 is a Saturday: its compensatory day is Mon 03/05.
        yield return Day(2027, 5, 3, CalendarDayKind.CompensatoryDayOff, "Nghỉ bù Ngày Quốc tế Lao động (thứ Bảy 01/05/2027)", LabourCodeCompensatory, Source2027, expected);
        // 2/9/2027 is a Thursday; the second day (01/09 or 03/09) is chosen each year. Fri 03/09 is seeded because
        // it joins the weekend into one break; correct it when the government decides.
        yield return Day(2027, 9, 2, CalendarDayKind.Holiday, "Quốc khánh (2/9)", LabourCodeHolidays, Source2027, expected);
        yield return Day(2027, 9, 3, CalendarDayKind.Holiday, "Quốc khánh (ngày liền kề 2/9, dự kiến)",
            $"{LabourCodeHolidays}; ngày liền kề (01/09 hay 03/09) chưa được công bố", Source2027, expected);
    }

    private static CalendarDayInput Holiday(int year, int month, int day, string occasion, string basis, string source) =>
        Holiday(new DateOnly(year, month, day), occasion, basis, source);

    private static CalendarDayInput Holiday(DateOnly date, string occasion, string basis, string source) =>
        Day(date, CalendarDayKind.Holiday, occasion, basis, source);

    private static CalendarDayInput Day(
        int year, int month, int day, CalendarDayKind kind, string occasion, string basis, string source,
        CalendarConfirmation confirmation = CalendarConfirmation.Confirmed) =>
        Day(new DateOnly(year, month, day), kind, occasion, basis, source, confirmation);

    private static CalendarDayInput Day(
        DateOnly date, CalendarDayKind kind, string occasion, string basis, string source,
        CalendarConfirmation confirmation = CalendarConfirmation.Confirmed) =>
        new(date, kind, occasion, basis, source, confirmation);

    private static IEnumerable<DateOnly> Weekdays(DateOnly first, DateOnly last)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (!WeeklyDaysOff.Contains(date))
            {
                yield return date;
            }
        }
    }
}
