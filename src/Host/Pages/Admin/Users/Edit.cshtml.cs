using Microsoft.AspNetCore.Mvc;
using Thads.Host.Admin;
using Thads.Host.Admin.Units;
using Thads.Host.Admin.Users;

namespace Thads.Host.Pages.Admin.Users;

/// <summary>
/// One person: name, unit, roles and active state; and their login: create, lock/unlock, reset the password (shown
/// once, in this answer only) or the second factor.
/// </summary>
public sealed class EditModel(UserAdminService users, UnitAdminService units) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

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

    [BindProperty]
    public bool Active { get; set; }

    public UserView? Person { get; private set; }

    public IReadOnlyList<UnitView> Tree { get; private set; } = [];

    public UserWithPassword? NewPassword { get; private set; }

    public bool IsSelf => Person?.StaffId == ThadsUserId;

    private int? ThadsUserId => Thads.Host.Accounts.ThadsUser.From(User)?.StaffId;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await LoadAsync(fillForm: true, cancellationToken);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var roles = UserForm.Roles(Roles);
        if (UnitId is not { } unit)
        {
            throw new AdminValidationException(nameof(UnitId), "Đơn vị (UnitId): bắt buộc chọn.");
        }

        var saved = await users.UpdateAsync(User, Id, new UserUpdateInput(FullName ?? "", Position, Email, unit, roles, Active), cancellationToken);
        Message = Text["Đã lưu người dùng {0}.", saved.UserName];
        return RedirectToPage("/Admin/Users/Edit", new { id = Id });
    });

    public Task<IActionResult> OnPostLockAsync(CancellationToken cancellationToken) => ActionAsync(async () =>
    {
        var user = await users.LockAsync(User, Id, cancellationToken);
        Message = Text["Đã khóa tài khoản {0}.", user.UserName];
    });

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) => ActionAsync(async () =>
    {
        var user = await users.UnlockAsync(User, Id, cancellationToken);
        Message = Text["Đã mở khóa tài khoản {0}.", user.UserName];
    });

    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) => ActionAsync(async () =>
    {
        var user = await users.ResetTwoFactorAsync(User, Id, cancellationToken);
        Message = Text["Đã tắt xác thực hai bước của {0}.", user.UserName];
    });

    public Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        NewPassword = await users.ResetPasswordAsync(User, Id, cancellationToken);
        return await ShowPasswordAsync(cancellationToken);
    });

    public Task<IActionResult> OnPostCreateAccountAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        NewPassword = await users.CreateAccountAsync(User, Id, cancellationToken);
        return await ShowPasswordAsync(cancellationToken);
    });

    protected override async Task<IActionResult> InvalidAsync()
    {
        // A refused action (not the form) leaves the form as stored; a refused form keeps what was typed.
        await LoadAsync(fillForm: false, HttpContext.RequestAborted);
        return Page();
    }

    private Task<IActionResult> ActionAsync(Func<Task> action) => GuardAsync(async () =>
    {
        await action();
        return RedirectToPage("/Admin/Users/Edit", new { id = Id });
    });

    /// <summary>The password goes into this answer only: no redirect (which would need it stored), no caching.</summary>
    private async Task<IActionResult> ShowPasswordAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(fillForm: true, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(bool fillForm, CancellationToken cancellationToken)
    {
        Person = await users.GetAsync(User, Id, cancellationToken);
        Tree = await units.TreeAsync(User, cancellationToken);
        if (fillForm || Request.Query["handler"].Count > 0)
        {
            (FullName, Position, Email, UnitId, Active) = (Person.FullName, Person.Position, Person.Email, Person.UnitId, Person.Active);
            Roles = Person.RoleNames.ToList();
        }
    }
}
