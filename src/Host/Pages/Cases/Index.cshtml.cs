using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Accounts;
using Thads.Host.Api;
using Thads.Host.Cases;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Cases;

/// <summary>The cases the user may see, filtered by status and unit, searched by case number or party, 20 a page; the query runs in the database.</summary>
public sealed class IndexModel(UnitScope scope, CaseListQuery cases, IDbContextFactory<ThadsDbContext> contexts, UiText text) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>From <c>?page=</c>, read by hand: "page" is also Razor Pages' route value naming the page, which binding would take.</summary>
    public int PageNumber { get; private set; } = 1;

    public bool Linked { get; private set; }

    public bool MayIntake { get; private set; }

    /// <summary>Units of the user's scope for the filter, by id.</summary>
    public IReadOnlyList<(int Id, string Code, string Name)> Units { get; private set; } = [];

    public IReadOnlyList<CaseSummary> Items { get; private set; } = [];

    public int Total { get; private set; }

    public string? FilterError { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static IEnumerable<EnforcementStatus> Statuses => Enum.GetValues<EnforcementStatus>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ThadsUser.From(User) is not { } user)
        {
            return Page();
        }

        Linked = true;
        MayIntake = CasePolicies.MayIntake(user);
        var visible = await scope.VisibleUnitIdsAsync(User, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var ids = visible.ToList();
            Units = (await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(cancellationToken))
                .Select(u => (u.Id, u.Code, u.Name)).ToList();
        }

        if (Unit is { } unit && !visible.Contains(unit))
        {
            FilterError = text["Đơn vị đã chọn nằm ngoài phạm vi của bạn."];
            return new PageResult { StatusCode = StatusCodes.Status403Forbidden };
        }

        if (!CaseStatusFilter.TryParse(Status, out var status, out var newOnly))
        {
            FilterError = text["Trạng thái đã chọn không hợp lệ."];
            Status = null;
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        PageNumber = int.TryParse(Request.Query["page"], out var requested) ? Math.Max(1, requested) : 1;
        var found = await cases.FindAsync(user, visible, new CaseListFilter(Unit, status, newOnly, Search, PageNumber, PageSize), cancellationToken);
        Total = found.Total;
        if (PageNumber > PageCount)
        {
            PageNumber = PageCount;
            found = await cases.FindAsync(user, visible, new CaseListFilter(Unit, status, newOnly, Search, PageNumber, PageSize), cancellationToken);
        }

        Items = found.Items;
        return Page();
    }

    public string Link(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Status))
        {
            query.Add("status=" + Uri.EscapeDataString(Status));
        }

        if (Unit is { } unit)
        {
            query.Add("unit=" + unit);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            query.Add("q=" + Uri.EscapeDataString(Search.Trim()));
        }

        if (page > 1)
        {
            query.Add("page=" + page);
        }

        return "/Cases" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
