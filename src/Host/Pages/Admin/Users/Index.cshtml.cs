using Microsoft.AspNetCore.Mvc;
using Thads.Enforcement.Organisation;
using Thads.Host.Admin.Units;
using Thads.Host.Admin.Users;

namespace Thads.Host.Pages.Admin.Users;

/// <summary>People of the administrator's subtree with their login's state, filtered by unit, role and lock, 50 a page.</summary>
public sealed class IndexModel(UserAdminService users, UnitAdminService units) : AdminPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public StaffRoles? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "locked")]
    public bool? Locked { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public UserPage Result { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<UnitView> Tree { get; private set; } = [];

    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        Tree = await units.TreeAsync(User, cancellationToken);
        var role = Role is { } r && StaffRoleNamesContains(r) ? r : (StaffRoles?)null;
        Result = await users.ListAsync(User, new UserFilter(UnitId, role, Locked, Search, Math.Max(1, PageNumber), PageSize), cancellationToken);
        return Page();
    });

    public string Link(int page)
    {
        var query = new List<string>();
        if (UnitId is { } unit)
        {
            query.Add($"unit={unit}");
        }

        if (Role is { } role)
        {
            query.Add($"role={role}");
        }

        if (Locked is { } locked)
        {
            query.Add($"locked={(locked ? "true" : "false")}");
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            query.Add("q=" + Uri.EscapeDataString(Search.Trim()));
        }

        if (page > 1)
        {
            query.Add($"page={page}");
        }

        return "/Admin/Users" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    private static bool StaffRoleNamesContains(StaffRoles role) => Thads.Host.Accounts.StaffRoleNames.Singles.Contains(role);
}
