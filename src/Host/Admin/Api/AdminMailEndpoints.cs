using System.Security.Claims;
using Thads.Host.Admin.Mail;

namespace Thads.Host.Admin.Api;

internal static class AdminMailEndpoints
{
    public static void MapAdminMailEndpoints(this RouteGroupBuilder admin)
    {
        var mail = admin.MapGroup("/mail").WithTags("Quản trị – Thư điện tử");

        mail.MapGet("/settings", async (ClaimsPrincipal user, MailSettingsAdminService service, CancellationToken ct) => Results.Ok(await service.ViewAsync(user, ct)))
            .WithName("AdminGetMailSettings")
            .WithSummary("Cấu hình SMTP đang áp dụng và nguồn của từng giá trị (Database, Configuration, Default)")
            .WithDescription("Không bao giờ trả mật khẩu; passwordConfigured cho biết đã đặt mật khẩu trong cấu hình (Mail__Smtp__Password) hay chưa. Chỉ quản trị của đơn vị cấp cao nhất.")
            .Produces<MailSettingsView>();

        mail.MapPut("/settings", async (MailSettingsInput body, ClaimsPrincipal user, MailSettingsAdminService service, CancellationToken ct) =>
                Results.Ok(await service.SaveAsync(user, body, ct)))
            .WithName("AdminSaveMailSettings")
            .WithSummary("Lưu cấu hình SMTP không bí mật (host, port, security, user, from) vào cơ sở dữ liệu, ghi đè appsettings")
            .WithDescription("Giá trị null: dùng lại giá trị trong cấu hình; host rỗng: không dùng SMTP (ghi tệp .eml). Mật khẩu chỉ đặt trong cấu hình/biến môi trường. Áp dụng ngay cho thư kế tiếp. Ghi nhật ký.")
            .Produces<MailSettingsView>()
            .ProducesValidationProblem();

        mail.MapPost("/test", async (TestMailRequest body, ClaimsPrincipal user, MailSettingsAdminService service, CancellationToken ct) =>
                Results.Ok(await service.SendTestAsync(user, body.To, ct)))
            .WithName("AdminSendTestMail")
            .WithSummary("Gửi thư thử nghiệm qua hộp thư đi và cho biết kết quả: Delivered, Queued (kèm lỗi nếu có) hoặc Failed")
            .WithDescription("Thư được xếp vào hộp thư đi rồi gửi ngay một lượt; lỗi của máy chủ (nếu có) nằm ở error. Ghi nhật ký.")
            .Produces<TestMailResult>()
            .ProducesValidationProblem();
    }
}
