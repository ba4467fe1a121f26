using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Accounts;

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
            .WithDescription("unit = id đơn vị trong phạm vi (403 nếu ngoài phạm vi); status = tên trạng thái (Accepted, Verifying, …); " +
                "search = số hồ sơ hoặc tên đương sự (chứa chuỗi); page từ 1, pageSize tối đa 100.")
            .Produces<CasePage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        cases.MapGet("/{id:int}", GetAsync)
            .WithName("GetCase")
            .WithSummary("Một hồ sơ: đương sự, nghĩa vụ, sổ tiền, trạng thái")
            .Produces<CaseDetail>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, UnitScope scope, IDbContextFactory<ThadsDbContext> contexts,
        int? unit, string? status, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new List<KeyValuePair<string, string>>(TaskEndpoints.PagingErrors(page, pageSize) ?? []);
        EnforcementStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<EnforcementStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add(new("status", $"Trạng thái không hợp lệ; dùng một trong: {string.Join(", ", Enum.GetNames<EnforcementStatus>())}."));
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors, "Tham số tìm kiếm không hợp lệ.");
        }

        if (ThadsUser.From(http.User) is not { } user)
        {
            return ApiProblems.Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị.");
        }

        var visible = (await scope.VisibleUnitIdsAsync(http.User, cancellationToken)).ToList();
        if (unit is { } unitId && !visible.Contains(unitId))
        {
            return ApiProblems.Forbidden("Đơn vị này nằm ngoài phạm vi của bạn.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The same rule as UnitScope.MaySeeCase, as a query.
        var query = db.Cases.AsNoTracking()
            .Where(c => visible.Contains(c.UnitId) || (c.DelegatedToUnitId != null && visible.Contains(c.DelegatedToUnitId.Value)));
        if (user.IsExecutorOnly)
        {
            query = query.Where(c => c.ExecutorId == user.StaffId);
        }

        if (unit is { } only)
        {
            query = query.Where(c => c.UnitId == only || c.DelegatedToUnitId == only);
        }

        if (wanted is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            query = query.Where(c => c.CaseNumber.Contains(text) || c.Parties.Any(p => p.FullName.Contains(text)));
        }

        var total = await query.CountAsync(cancellationToken);
        var (number, size) = (page ?? 1, pageSize ?? 20);
        var rows = await query
            .OrderByDescending(c => c.Id)
            .Skip((number - 1) * size).Take(size)
            .Select(c => new CaseSummary(
                c.Id, c.CaseNumber, c.UnitId, c.Unit!.Code, c.Status, c.StatusSince,
                c.Executor == null ? null : c.Executor.UserName,
                c.Parties.Where(p => p.Role == PartyRole.Debtor).Select(p => p.FullName).ToList(),
                c.Obligations.Sum(o => o.Amount),
                c.Obligations.Sum(o => o.Amount - o.Paid)))
            .ToListAsync(cancellationToken);
        return Results.Ok(new CasePage(rows, number, size, total));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, UnitScope scope, CaseService cases, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(id, cancellationToken) is not { } c)
        {
            return ApiProblems.NotFound($"Không có hồ sơ {id}.");
        }

        if (!await scope.MaySeeCaseAsync(http.User, c, cancellationToken))
        {
            return ApiProblems.Forbidden("Hồ sơ này nằm ngoài phạm vi của bạn.");
        }

        return Results.Ok(new CaseDetail(
            c.Id, c.CaseNumber,
            c.Unit is null ? null : new UnitRef(c.Unit.Id, c.Unit.Code, c.Unit.Name),
            c.Executor is null ? null : new StaffRef(c.Executor.Id, c.Executor.UserName, c.Executor.FullName),
            c.Status, c.StatusSince, c.IsOpen,
            c.IntakePath, c.JudgmentType, c.CourtName, c.JudgmentNumber, c.JudgmentDate, c.JudgmentEffectiveDate,
            c.DecisionNumber, c.DecisionDate, c.VoluntaryPeriodEndsOn, c.DelegatedToUnitId,
            c.Parties.Select(p => new PartyView(p.Id, p.Role, p.Kind, p.FullName, p.IdNumber, p.Address)).ToList(),
            c.Obligations.Select(o => new ObligationView(o.Id, o.Kind, o.Description, o.Amount, o.Paid, o.Remaining, o.DebtorPartyId, o.CreditorPartyId)).ToList(),
            c.MoneyEntries.Select(m => new MoneyView(m.Id, m.Kind, m.Amount, m.On, m.ReceiptNumber, m.ObligationId, m.PartyId)).ToList(),
            c.StatusChanges.Select(s => new StatusView(s.From, s.To, s.On, s.GroundCode, s.GroundCitation, s.DecisionNumber)).ToList()));
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

public sealed record StatusView(EnforcementStatus? From, EnforcementStatus To, DateOnly On, string GroundCode, string GroundCitation, string? DecisionNumber);

public sealed record CaseDetail(
    int Id, string CaseNumber, UnitRef? Unit, StaffRef? Executor, EnforcementStatus? Status, DateOnly? StatusSince, bool IsOpen,
    IntakePath IntakePath, JudgmentType JudgmentType, string CourtName, string JudgmentNumber, DateOnly JudgmentDate, DateOnly? JudgmentEffectiveDate,
    string? DecisionNumber, DateOnly? DecisionDate, DateOnly? VoluntaryPeriodEndsOn, int? DelegatedToUnitId,
    IReadOnlyList<PartyView> Parties, IReadOnlyList<ObligationView> Obligations, IReadOnlyList<MoneyView> Money, IReadOnlyList<StatusView> StatusHistory);
