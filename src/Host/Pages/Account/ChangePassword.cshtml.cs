using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Account;

/// <summary>Changes the password; the only page (besides logout) open while an initial password is still in use.</summary>
public sealed class ChangePasswordModel(SignInManager<Thads.Host.Accounts.Account> signIn, UiText T) : PageModel
{
    [BindProperty]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    public string NewPassword { get; set; } = string.Empty;

    [BindProperty]
    public string ConfirmPassword { get; set; } = string.Empty;

    public bool MustChange => User.HasClaim(ThadsClaimTypes.MustChangePassword, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(CurrentPassword))
        {
            ModelState.AddModelError(nameof(CurrentPassword), T["Vui lòng nhập mật khẩu hiện tại."]);
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), T["Vui lòng nhập mật khẩu mới."]);
        }

        if (string.IsNullOrEmpty(ConfirmPassword))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), T["Vui lòng nhập lại mật khẩu mới."]);
        }
        else if (ConfirmPassword != NewPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), T["Mật khẩu nhập lại không khớp."]);
        }

        if (ModelState.IsValid && NewPassword == CurrentPassword)
        {
            ModelState.AddModelError(nameof(NewPassword), T["Mật khẩu mới phải khác mật khẩu hiện tại."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var users = signIn.UserManager;
        if (await users.GetUserAsync(User) is not { } account)
        {
            // The account was removed while signed in.
            await signIn.SignOutAsync();
            return Redirect(AccountPaths.Login);
        }

        var result = await users.ChangePasswordAsync(account, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword);
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        account.MustChangePassword = false;
        await users.UpdateAsync(account);
        // A new cookie without the must-change claim (and with the new security stamp).
        await signIn.RefreshSignInAsync(account);
        return RedirectToPage("/Index");
    }
}
