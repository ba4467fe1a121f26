using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts.TwoFactor;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Account;

/// <summary>
/// Turns on two-factor authentication: shows the shared key (text and QR code), switches 2FA on only after a correct
/// code proves the app has the key, then shows the recovery codes once.
/// </summary>
public sealed class TwoFactorModel(SignInManager<Thads.Host.Accounts.Account> signIn, UiText T) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    public string SharedKey { get; private set; } = string.Empty;

    public string QrSvg { get; private set; } = string.Empty;

    /// <summary>Set only in the answer to a successful confirmation.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (account.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/Security");
        }

        await ShowKeyAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var users = signIn.UserManager;
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (account.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/Security");
        }

        if (!Totp.TryParse(Code, out _))
        {
            ModelState.AddModelError(nameof(Code), T["Mã xác thực gồm 6 chữ số."]);
        }
        else if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, Code))
        {
            ModelState.AddModelError(nameof(Code), T["Mã xác thực không đúng. Kiểm tra giờ trên điện thoại và nhập mã mới nhất."]);
        }

        if (!ModelState.IsValid)
        {
            Code = string.Empty;
            await ShowKeyAsync(account);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount))?.ToList() ?? [];
        // Enabling changed the security stamp, which ends the user's other sessions; this one continues.
        await signIn.RefreshSignInAsync(account);
        return Page();
    }

    /// <summary>The key stays the same across visits until it is confirmed, so a reload does not invalidate a scan.</summary>
    private async Task ShowKeyAsync(Thads.Host.Accounts.Account account)
    {
        var users = signIn.UserManager;
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account) ?? string.Empty;
            // The reset changed the security stamp; keep this session valid.
            await signIn.RefreshSignInAsync(account);
        }

        SharedKey = AuthenticatorSetup.Readable(key);
        QrSvg = QrCodeSvg.Render(AuthenticatorSetup.Uri(account.UserName ?? string.Empty, key), T["Mã QR để thêm tài khoản vào ứng dụng xác thực"]);
    }
}
