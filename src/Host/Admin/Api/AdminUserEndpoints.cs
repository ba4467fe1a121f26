using System.Security.Claims;
using Thads.Enforcement.Organisation;
using Thads.Host.Admin.Users;
using Thads.Host.Api;

namespace Thads.Host.Admin.Api;

internal static class AdminUserEndpoints
{
    public static void MapAdminUserEndpoints(this RouteGroupBuilder admin)
    {
        var users = admin.MapGroup("/users").WithTags("Quản trị – Người dùng");

        users.MapGet("", ListAsync)
            .WithName("AdminListUsers")
            .WithSummary("Người dùng trong phạm vi: lọc theo đơn vị, vai trò, bị khóa; tìm theo tên")
            .WithDescription("unit = id đơn vị trong phạm vi (403 nếu ngoài); role = Head, Deputy, Executor, IntakeOfficer, Statistician, Accountant, Administrator; " +
                "locked = true|false; search = chứa trong tên đăng nhập hoặc họ tên; page từ 1, pageSize tối đa 100. Không bao giờ trả mật khẩu hay mã băm.")
            .Produces<UserPage>()
            .ProducesValidationProblem();

        users.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, UserAdminService service, CancellationToken ct) => Results.Ok(await service.GetAsync(user, id, ct)))
            .WithName("AdminGetUser")
            .WithSummary("Một người dùng (id = mã cán bộ)")
            .Produces<UserView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPost("", async (UserCreateRequest body, ClaimsPrincipal user, UserAdminService service, CancellationToken ct) =>
            {
                var parser = new AdminRequestParser();
                var roles = parser.Roles(body.Roles, nameof(NewUserInput.Roles));
                var unit = parser.Required(body.UnitId, nameof(NewUserInput.UnitId), "Đơn vị");
                parser.ThrowIfInvalid();
                var created = await service.CreateAsync(user, new NewUserInput(body.UserName ?? "", body.FullName ?? "", body.Position, body.Email, unit, roles), ct);
                return Results.Created($"/api/admin/users/{created.User.StaffId}", created);
            })
            .WithName("AdminCreateUser")
            .WithSummary("Tạo người dùng: cán bộ, đơn vị, vai trò và tài khoản với mật khẩu ban đầu (chỉ trả về một lần)")
            .WithDescription("Mật khẩu ban đầu phải đổi ở lần đăng nhập đầu. Nếu đã có cán bộ cùng tên đăng nhập chưa có tài khoản (trong phạm vi) thì gắn tài khoản cho cán bộ đó. Ghi nhật ký.")
            .Produces<UserWithPassword>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        users.MapPut("/{id:int}", async (int id, UserUpdateRequest body, ClaimsPrincipal user, UserAdminService service, CancellationToken ct) =>
            {
                var parser = new AdminRequestParser();
                var roles = parser.Roles(body.Roles, nameof(UserUpdateInput.Roles));
                var unit = parser.Required(body.UnitId, nameof(UserUpdateInput.UnitId), "Đơn vị");
                parser.ThrowIfInvalid();
                return Results.Ok(await service.UpdateAsync(user, id, new UserUpdateInput(body.FullName ?? "", body.Position, body.Email, unit, roles, body.Active ?? true), ct));
            })
            .WithName("AdminUpdateUser")
            .WithSummary("Sửa người dùng: họ tên, đơn vị, vai trò, còn làm việc")
            .WithDescription("Không thể tự bỏ vai trò Administrator hay tự ngừng tài khoản của mình (400, lỗi ở roles/active). Ghi nhật ký.")
            .Produces<UserView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        Action(users, "/{id:int}/account", "AdminCreateAccount", "Tạo tài khoản cho cán bộ chưa có tài khoản (mật khẩu ban đầu trả về một lần)",
            async (id, user, service, ct) => Results.Ok(await service.CreateAccountAsync(user, id, ct)), typeof(UserWithPassword));
        Action(users, "/{id:int}/lock", "AdminLockUser", "Khóa tài khoản (đến khi mở khóa); không tự khóa mình được",
            async (id, user, service, ct) => Results.Ok(await service.LockAsync(user, id, ct)), typeof(UserView));
        Action(users, "/{id:int}/unlock", "AdminUnlockUser", "Mở khóa tài khoản (cả khóa do nhập sai mật khẩu)",
            async (id, user, service, ct) => Results.Ok(await service.UnlockAsync(user, id, ct)), typeof(UserView));
        Action(users, "/{id:int}/reset-password", "AdminResetPassword", "Đặt lại mật khẩu: mật khẩu ban đầu mới (trả về một lần), phải đổi khi đăng nhập",
            async (id, user, service, ct) => Results.Ok(await service.ResetPasswordAsync(user, id, ct)), typeof(UserWithPassword));
        Action(users, "/{id:int}/reset-two-factor", "AdminResetTwoFactor", "Tắt xác thực hai bước và hủy khóa xác thực, mã khôi phục",
            async (id, user, service, ct) => Results.Ok(await service.ResetTwoFactorAsync(user, id, ct)), typeof(UserView));
    }

    private static void Action(
        RouteGroupBuilder users, string pattern, string name, string summary,
        Func<int, ClaimsPrincipal, UserAdminService, CancellationToken, Task<IResult>> handler, Type response) =>
        users.MapPost(pattern, (int id, ClaimsPrincipal user, UserAdminService service, CancellationToken ct) => handler(id, user, service, ct))
            .WithName(name)
            .WithSummary(summary)
            .WithDescription("Ghi nhật ký (trước/sau, không có mật khẩu).")
            .Produces(StatusCodes.Status200OK, response)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, UserAdminService service, int? unit, string? role, bool? locked, string? search, int? page, int? pageSize, CancellationToken ct)
    {
        if (TaskEndpoints.PagingErrors(page, pageSize) is { } paging)
        {
            return ApiProblems.Validation(paging, "Tham số tìm kiếm không hợp lệ.");
        }

        var parser = new AdminRequestParser();
        var wanted = parser.Enum<StaffRoles>(role, "role", "Vai trò", required: false);
        if (wanted is StaffRoles.None or StaffRoles.Leader)
        {
            wanted = null;
        }

        parser.ThrowIfInvalid();
        return Results.Ok(await service.ListAsync(user, new UserFilter(unit, wanted, locked, search, page ?? 1, pageSize ?? 50), ct));
    }
}
