using System.Security.Claims;
using Thads.Enforcement.Cases.Audit;
using Thads.Host.Admin.Audit;

namespace Thads.Host.Admin.Api;

internal static class AdminAuditEndpoints
{
    public static void MapAdminAuditEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/audit", SearchAsync)
            .WithTags("Quản trị – Nhật ký")
            .WithName("AdminSearchAudit")
            .WithSummary("Nhật ký thay đổi: hồ sơ, đơn vị, người dùng, tài khoản, thư điện tử, lịch; mới nhất trước")
            .WithDescription("from/to = yyyy-MM-dd (giờ Việt Nam, gồm cả hai ngày); user = chứa trong tên người thực hiện; entity = loại dữ liệu (EnforcementCase, Unit, StaffMember, Account, MailSettings, MailMessage, CalendarDay, …); " +
                "case = số hồ sơ; action = Added, Modified, Deleted, Locked, Unlocked, PasswordReset, TwoFactorReset, Retried; page từ 1, pageSize tối đa 100. " +
                "Mỗi dòng có before/after (JSON) và changes (các trường khác nhau). Chỉ các dòng trong phạm vi đơn vị của quản trị.")
            .Produces<AuditPage>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> SearchAsync(
        ClaimsPrincipal user, AuditLogService service,
        string? from, string? to, string? entity, string? action, int? page, int? pageSize, CancellationToken ct,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "user")] string? actor = null,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "case")] string? caseNumber = null)
    {
        var parser = new AdminRequestParser();
        var fromDate = parser.Date(from, "From", "Từ ngày", required: false);
        var toDate = parser.Date(to, "To", "Đến ngày", required: false);
        var wanted = parser.Enum<AuditAction>(action, "Action", "Thao tác", required: false);
        parser.ThrowIfInvalid();
        return Results.Ok(await service.SearchAsync(user, new AuditFilter(fromDate, toDate, actor, entity, caseNumber, wanted, page ?? 1, pageSize ?? 50), ct));
    }
}
