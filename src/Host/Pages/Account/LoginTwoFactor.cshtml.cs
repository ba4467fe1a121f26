using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;
using Thads.Host.Accounts.TwoFactor;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Account;

/// <summary>
/// The second step of sign-in for an account with two-factor authentication: an authenticator code or a recovery
/// code. Wrong codes of either kind count towards the same lockout as wrong passwords. The page knows the account
/// only from Identity's short-lived two-factor cookie, set by a correct password.
/// </summary>
[AllowAnonymous]
public sealed class LoginTwoFactorModel(SignInManager<Thads.Host.Accounts.Account> signIn, TimeProvider time, UiText T) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } account)
        {
            // The two-factor cookie expired (5 minutes) or never existed: start again with the password.
            return RedirectToPage("/Account/Login");
        }

        var users = signIn.UserManager;
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), T["Vui lòng nhập mã xác thực."]);
            return Page();
        }

        if (await users.IsLockedOutAsync(account))
        {
            return LockedOut(account);
        }

        var succeeded = Totp.TryParse(Code, out _)
            ? (await signIn.TwoFactorAuthenticatorSignInAsync(Code, isPersistent: false, rememberClient: false)).Succeeded
            : await RedeemRecoveryCodeAsync(account);
        if (succeeded)
        {
            return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/");
        }

        if (await users.IsLockedOutAsync(account))
        {
            return LockedOut(account);
        }

        Code = string.Empty;
        ModelState.AddModelError(nameof(Code), T["Mã xác thực không đúng hoặc đã được dùng."]);
        return Page();
    }

    /// <summary>
    /// Identity's recovery-code sign-in does not count failures, so this one does: recovery codes are short enough
    /// that unlimited guessing must not be allowed.
    /// </summary>
    private async Task<bool> RedeemRecoveryCodeAsync(Thads.Host.Accounts.Account account)
    {
        var users = signIn.UserManager;
        if (!(await users.RedeemTwoFactorRecoveryCodeAsync(account, Code.Trim())).Succeeded)
        {
            await users.AccessFailedAsync(account);
            return false;
        }

        await users.ResetAccessFailedCountAsync(account);
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInAsync(account, isPersistent: false, authenticationMethod: "mfa");
        return true;
    }

    private PageResult LockedOut(Thads.Host.Accounts.Account account)
    {
        Code = string.Empty;
        ModelState.AddModelError(string.Empty, T["Tài khoản tạm thời bị khoá do nhập sai mật khẩu hoặc mã xác thực {0} lần. Vui lòng thử lại sau {1} phút.", PasswordPolicy.MaxFailedAttempts, AccountLockout.MinutesLeft(account, time)]);
        return Page();
    }
}
