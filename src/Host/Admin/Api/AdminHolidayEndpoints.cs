using System.Security.Claims;
using Thads.Enforcement.Calendar;
using Thads.Host.Admin.Holidays;

namespace Thads.Host.Admin.Api;

internal static class AdminHolidayEndpoints
{
    public static void MapAdminHolidayEndpoints(this RouteGroupBuilder admin)
    {
        var holidays = admin.MapGroup("/holidays").WithTags("Quản trị – Lịch ngày nghỉ");
        const string writers = " Chỉ quản trị của đơn vị cấp cao nhất (lịch dùng chung toàn quốc). Ghi nhật ký lịch; các hạn tính theo ngày làm việc đang chờ được tính lại.";

        holidays.MapGet("", async (int? year, ClaimsPrincipal user, HolidayAdminService service, TimeProvider time, CancellationToken ct) =>
                Results.Ok(await service.ListAsync(user, year ?? VietnamTime.DateOf(time.GetUtcNow()).Year, ct)))
            .WithName("AdminListHolidays")
            .WithSummary("Các dòng lịch của một năm: ngày nghỉ lễ, nghỉ bù, hoán đổi, ngày làm bù")
            .WithDescription("year mặc định là năm hiện tại.")
            .Produces<IReadOnlyList<HolidayView>>()
            .ProducesValidationProblem();

        holidays.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, HolidayAdminService service, CancellationToken ct) => Results.Ok(await service.GetAsync(user, id, ct)))
            .WithName("AdminGetHoliday")
            .WithSummary("Một dòng lịch")
            .Produces<HolidayView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        holidays.MapPost("", async (HolidayRequest body, ClaimsPrincipal user, HolidayAdminService service, CancellationToken ct) =>
            {
                var created = await service.AddAsync(user, Input(body), ct);
                return Results.Created($"/api/admin/holidays/{created.Id}", created);
            })
            .WithName("AdminAddHoliday")
            .WithSummary("Thêm ngày nghỉ hoặc ngày làm bù")
            .WithDescription("Lỗi theo trường (date, kind, occasion, legalBasis, source, confirmation)." + writers)
            .Produces<HolidayView>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        holidays.MapPut("/{id:int}", async (int id, HolidayRequest body, ClaimsPrincipal user, HolidayAdminService service, CancellationToken ct) =>
                Results.Ok(await service.UpdateAsync(user, id, Input(body), ct)))
            .WithName("AdminUpdateHoliday")
            .WithSummary("Sửa một dòng lịch")
            .WithDescription(writers.Trim())
            .Produces<HolidayView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        holidays.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, HolidayAdminService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(user, id, ct);
                return Results.NoContent();
            })
            .WithName("AdminDeleteHoliday")
            .WithSummary("Xóa một dòng lịch")
            .WithDescription(writers.Trim())
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static CalendarDayInput Input(HolidayRequest body)
    {
        var parser = new AdminRequestParser();
        var date = parser.Date(body.Date, nameof(CalendarDayInput.Date), "Ngày", required: true);
        var kind = parser.Enum<CalendarDayKind>(body.Kind, nameof(CalendarDayInput.Kind), "Loại ngày", required: true);
        var confirmation = parser.Enum<CalendarConfirmation>(body.Confirmation, nameof(CalendarDayInput.Confirmation), "Trạng thái xác nhận", required: false);
        parser.ThrowIfInvalid();
        return new CalendarDayInput(date!.Value, kind!.Value, body.Occasion ?? "", body.LegalBasis ?? "", body.Source, confirmation ?? CalendarConfirmation.Confirmed);
    }
}
