using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;

namespace Thads.Host.Pages.Account;

/// <summary>Changes the password; the only page (besides logout) open while an initial password is still in use.</summary>
public sealed class ChangePasswordModel(SignInManager<Thads.Host.Accounts.Account> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu hiện tại")]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập lại mật khẩu mới.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "Mật khẩu nhập lại không khớp.")]
    [Display(Name = "Nhập lại mật khẩu mới")]
    public string ConfirmPassword { get; set; } = string.Empty;

    public bool MustChange => User.HasClaim(ThadsClaimTypes.MustChangePassword, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && NewPassword == CurrentPassword)
        {
            ModelState.AddModelError(nameof(NewPassword), "Mật khẩu mới phải khác mật khẩu hiện tại.");
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
