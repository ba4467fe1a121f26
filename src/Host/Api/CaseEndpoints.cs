using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Accounts;
using Thads.Host.Cases;

namespace Thads.Host.Api;

internal static class CaseEndpoints
{
    public static void MapCaseEndpoints(this RouteGroupBuilder api)
    {
        // Every linked staff member may read cases; which ones is UnitScope's decision (subtree; executor-only: assigned).
        var cases = api.MapGroup("/cases").WithTags("Hồ sơ");

        cases.MapGet("", ListAsync)
            .WithName("ListCases")
            .WithSummary("Danh sách hồ sơ trong phạm vi của người dùng")
            .WithDescription("unit = id đơn vị trong phạm vi (403 nếu ngoài phạm vi); status = tên trạng thái (Accepted, Verifying, …) hoặc New (chưa có quyết định); " +
                "search = phần đầu số hồ sơ, phần đầu họ tên đương sự, hoặc đúng số CCCD/MST; page từ 1, pageSize tối đa 100.")
            .Produces<CasePage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, UnitScope scope, CaseListQuery cases,
        int? unit, string? status, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new List<KeyValuePair<string, string>>(TaskEndpoints.PagingErrors(page, pageSize) ?? []);
        if (!CaseStatusFilter.TryParse(status, out var wanted, out var newOnly))
        {
            errors.Add(new("status", $"Trạng thái không hợp lệ; dùng một trong: {CaseStatusFilter.Allowed}."));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors, "Tham số tìm kiếm không hợp lệ.");
        }

        if (ThadsUser.From(http.User) is not { } user)
        {
            return ApiProblems.Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị.");
        }

        var visible = await scope.VisibleUnitIdsAsync(http.User, cancellationToken);
        if (unit is { } unitId && !visible.Contains(unitId))
        {
            return ApiProblems.Forbidden("Đơn vị này nằm ngoài phạm vi của bạn.");
        }

        return Results.Ok(await cases.FindAsync(user, visible, new CaseListFilter(unit, wanted, newOnly, search, page ?? 1, pageSize ?? 20), cancellationToken));
    }
}

public sealed record CaseSummary(
    int Id, string CaseNumber, int UnitId, string UnitCode, EnforcementStatus? Status, DateOnly? StatusSince,
    string? Executor, IReadOnlyList<string> Debtors, long Amount, long Remaining);

public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, int Total);

public sealed record StaffRef(int Id, string UserName, string FullName);

public sealed record PartyView(int Id, PartyRole Role, PartyKind Kind, string FullName, string? IdNumber, string? Address);

public sealed record ObligationView(int Id, ObligationKind Kind, string Description, long Amount, long Paid, long Remaining, int DebtorPartyId, int? CreditorPartyId);

public sealed record MoneyView(int Id, MoneyKind Kind, long Amount, DateOnly On, string? ReceiptNumber, int? ObligationId, int? PartyId);

