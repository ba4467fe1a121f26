using Thads.Host.Accounts;

namespace Thads.Host.Api;

internal static class MeEndpoints
{
    public static void MapMeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (HttpContext http) =>
            ThadsUser.From(http.User) is { } user
                ? Results.Ok(new MeResponse(
                    user.UserName,
                    user.FullName,
                    new UnitRef(user.UnitId, user.UnitCode, user.UnitName),
                    StaffRoleNames.Split(user.Roles).Select(StaffRoleNames.ClaimValue).ToList(),
                    StaffRoleNames.Split(user.Roles).Select(StaffRoleNames.Label).ToList()))
                : ApiProblems.Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị."))
            .WithName("GetMe")
            .WithTags("Tài khoản")
            .WithSummary("Người dùng đang đăng nhập: đơn vị và vai trò")
            .Produces<MeResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}

public sealed record UnitRef(int Id, string Code, string Name);

public sealed record MeResponse(string UserName, string FullName, UnitRef Unit, IReadOnlyList<string> Roles, IReadOnlyList<string> RoleLabels);
