using Thads.Host.Accounts;
using Thads.Host.Api;

namespace Thads.Host.Dashboard;

/// <summary>The leader dashboard as JSON: the counts with links to their lists, and the lists themselves.</summary>
internal static class DashboardEndpoints
{
    private const int DefaultPageSize = 20;

    public static void MapDashboardEndpoints(this RouteGroupBuilder api)
    {
        // Leaders only (head, deputy); what they see is their unit's subtree.
        var dashboard = api.MapGroup("/dashboard").RequireAuthorization(ThadsPolicies.Leader).WithTags("Bảng điều hành");

        dashboard.MapGet("", SummaryAsync)
            .WithName("GetDashboard")
            .WithSummary("Bảng điều hành của lãnh đạo: các số liệu trong phạm vi đơn vị, mỗi số kèm đường dẫn đến danh sách")
            .WithDescription("Quyết định chờ phê duyệt, chậm xác minh, đến hạn/quá hạn xác minh lại, đủ điều kiện miễn giảm, " +
                "sắp hết thời hạn tự nguyện, cảnh báo 7 ngày qua, khối lượng công việc của từng chấp hành viên. " +
                "link = trang danh sách, api = danh sách dạng JSON.")
            .Produces<DashboardSummary>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        dashboard.MapGet("/cases", CasesAsync)
            .WithName("ListDashboardCases")
            .WithSummary("Danh sách hồ sơ sau một số liệu của bảng điều hành")
            .WithDescription($"list = {string.Join(" | ", DashboardLists.CaseLists)}; executor = tên đăng nhập (executor-cases); " +
                "rule = mã cảnh báo (alerts); page từ 1, pageSize tối đa 100. date = hạn xác minh / hạn xác minh lại / ngày hết thời hạn tự nguyện / " +
                "ngày đủ điều kiện / ngày cảnh báo / ngày của trạng thái; daysLate = số ngày đã quá hạn.")
            .Produces<DashboardCasePage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        dashboard.MapGet("/tasks", TasksAsync)
            .WithName("ListDashboardTasks")
            .WithSummary("Danh sách công việc sau một số liệu của bảng điều hành")
            .WithDescription($"list = {string.Join(" | ", DashboardLists.TaskLists)}; executor = tên đăng nhập (executor-tasks, executor-overdue); page từ 1, pageSize tối đa 100.")
            .Produces<DashboardTaskPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> SummaryAsync(HttpContext http, DashboardQueries queries, CancellationToken cancellationToken) =>
        await queries.ScopeAsync(http.User, cancellationToken) is { } scope
            ? Results.Ok(await queries.SummaryAsync(scope, cancellationToken))
            : ApiProblems.Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị.");

    private static async Task<IResult> CasesAsync(
        HttpContext http, DashboardQueries queries, string? list, string? executor, string? rule, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (await queries.ScopeAsync(http.User, cancellationToken) is not { } scope)
        {
            return ApiProblems.Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị.");
        }

        var (number, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        if (await queries.CheckAsync(scope, tasks: false, list, executor, rule, number, size, cancellationToken) is { } refused)
        {
            return Refuse(refused);
        }

        return Results.Ok(await queries.CasesAsync(scope, list!, executor, rule, number, size, cancellationToken));
    }

    private static async Task<IResult> TasksAsync(
        HttpContext http, DashboardQueries queries, string? list, string? executor, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (await queries.ScopeAsync(http.User, cancellationToken) is not { } scope)
        {
            return ApiProblems.Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị.");
        }

        var (number, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        if (await queries.CheckAsync(scope, tasks: true, list, executor, null, number, size, cancellationToken) is { } refused)
        {
            return Refuse(refused);
        }

        return Results.Ok(await queries.TasksAsync(scope, list!, executor, number, size, cancellationToken));
    }

    private static IResult Refuse(DashboardRefusal refusal) => refusal.Status == StatusCodes.Status403Forbidden
        ? ApiProblems.Forbidden(refusal.Message)
        : ApiProblems.Validation([new(refusal.Field, refusal.Message)], "Tham số danh sách không hợp lệ.");
}
