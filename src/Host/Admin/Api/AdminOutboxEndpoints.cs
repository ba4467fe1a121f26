using System.Security.Claims;
using Thads.Host.Admin.Outbox;
using Thads.Host.Api;
using Thads.Host.Mail;

namespace Thads.Host.Admin.Api;

internal static class AdminOutboxEndpoints
{
    public static void MapAdminOutboxEndpoints(this RouteGroupBuilder admin)
    {
        var outbox = admin.MapGroup("/outbox").WithTags("Quản trị – Hộp thư đi");

        outbox.MapGet("", ListAsync)
            .WithName("AdminListOutbox")
            .WithSummary("Thư trong hộp thư đi theo trạng thái (Pending, Sent, Parked), số lần thử và lỗi gần nhất")
            .WithDescription("status = Pending|Sent|Parked; search = chứa trong người nhận hoặc tiêu đề; page từ 1, pageSize tối đa 100; counts = số thư theo trạng thái. Chỉ quản trị của đơn vị cấp cao nhất.")
            .Produces<OutboxOverview>()
            .ProducesValidationProblem();

        outbox.MapGet("/{id:long}", async (long id, ClaimsPrincipal user, OutboxAdminService service, CancellationToken ct) => Results.Ok(await service.GetAsync(user, id, ct)))
            .WithName("AdminGetOutboxMessage")
            .WithSummary("Một thư: người nhận, tiêu đề, nội dung, số lần thử, lỗi gần nhất")
            .Produces<MailOutboxDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        outbox.MapPost("/{id:long}/retry", async (long id, ClaimsPrincipal user, OutboxAdminService service, CancellationToken ct) => Results.Ok(await service.RetryAsync(user, id, ct)))
            .WithName("AdminRetryOutboxMessage")
            .WithSummary("Gửi lại một thư tạm dừng (Parked): về Pending, đếm lại số lần thử, gửi ngay")
            .WithDescription("400 nếu thư không ở trạng thái Parked. Ghi nhật ký.")
            .Produces<MailOutboxDetail>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        outbox.MapPost("/retry-parked", async (ClaimsPrincipal user, OutboxAdminService service, CancellationToken ct) =>
                Results.Ok(new RetryAllResponse(await service.RetryAllParkedAsync(user, ct))))
            .WithName("AdminRetryAllParked")
            .WithSummary("Gửi lại mọi thư tạm dừng")
            .WithDescription("Ghi nhật ký từng thư.")
            .Produces<RetryAllResponse>();
    }

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, OutboxAdminService service, string? status, string? search, int? page, int? pageSize, CancellationToken ct)
    {
        if (TaskEndpoints.PagingErrors(page, pageSize) is { } paging)
        {
            return ApiProblems.Validation(paging, "Tham số tìm kiếm không hợp lệ.");
        }

        var parser = new AdminRequestParser();
        var wanted = parser.Enum<MailStatus>(status, "status", "Trạng thái", required: false);
        parser.ThrowIfInvalid();
        return Results.Ok(await service.ListAsync(user, new MailOutboxQuery(wanted, search, page ?? 1, pageSize ?? 50), ct));
    }
}
