using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Account;

/// <summary>
/// Sign-in with user name and password; failures count towards the lockout. An account with two-factor
/// authentication continues on <see cref="LoginTwoFactorModel"/>.
/// </summary>
public sealed class LoginModel(SignInManager<Thads.Host.Accounts.Account> signIn, TimeProvider time, UiText T) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Target()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName))
        {
            ModelState.AddModelError(nameof(UserName), T["Vui lòng nhập tên đăng nhập."]);
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), T["Vui lòng nhập mật khẩu."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = UserName.Trim();
        var result = await signIn.PasswordSignInAsync(userName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Target());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl = Target() });
        }

        if (result.IsLockedOut)
        {
            var account = await signIn.UserManager.FindByNameAsync(userName);
            ModelState.AddModelError(string.Empty, T["Tài khoản tạm thời bị khoá do nhập sai mật khẩu hoặc mã xác thực {0} lần. Vui lòng thử lại sau {1} phút.", PasswordPolicy.MaxFailedAttempts, AccountLockout.MinutesLeft(account, time)]);
        }
        else if (result.IsNotAllowed)
        {
            ModelState.AddModelError(string.Empty, T["Tài khoản này chưa được phép đăng nhập. Vui lòng liên hệ quản trị hệ thống."]);
        }
        else
        {
            // The same message for an unknown user and a wrong password, so the page does not reveal which names exist.
            ModelState.AddModelError(string.Empty, T["Tên đăng nhập hoặc mật khẩu không đúng."]);
        }

        Password = string.Empty;
        return Page();
    }

    private string Target() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
