using Microsoft.AspNetCore.Mvc;
using Thads.Host.Admin.Units;
using Thads.Host.Admin.Users;

namespace Thads.Host.Pages.Admin.Users;

/// <summary>
/// Creates a person and their login. The initial password is in the answer to the POST only (no redirect, not
/// cached), so it is shown once.
/// </summary>
public sealed class CreateModel(UserAdminService users, UnitAdminService units) : AdminPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Position { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public int? UnitId { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<UnitView> Tree { get; private set; } = [];

    public UserWithPassword? Created { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        Tree = await units.TreeAsync(User, cancellationToken);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var roles = UserForm.Roles(Roles);
        if (UnitId is not { } unit)
        {
            throw new Thads.Host.Admin.AdminValidationException(nameof(UnitId), "Đơn vị (UnitId): bắt buộc chọn.");
        }

        Created = await users.CreateAsync(User, new NewUserInput(UserName ?? "", FullName ?? "", Position, Email, unit, roles), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    });

    protected override async Task<IActionResult> InvalidAsync()
    {
        Tree = await units.TreeAsync(User, HttpContext.RequestAborted);
        return Page();
    }
}
