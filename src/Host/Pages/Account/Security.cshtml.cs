using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Thads.Host.Accounts.Sessions;
using Thads.Host.Accounts.Tokens;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Account;

/// <summary>
/// "Bảo mật tài khoản": the signed-in user's own two-factor state (turn off, new recovery codes — both need the
/// password) and personal API tokens (create, shown once; revoke). Every action applies to the user's own account
/// only; any signed-in user whose password is no longer the initial one may use it.
/// </summary>
public sealed class SecurityModel(
    SignInManager<Thads.Host.Accounts.Account> signIn,
    ApiTokenService tokens,
    IOptions<AccountSessionOptions> session,
    UiText T) : PageModel
{
    [BindProperty]
    public string? DisablePassword { get; set; }

    [BindProperty]
    public string? TokenName { get; set; }

    [BindProperty]
    public DateOnly? TokenLastDay { get; set; }

    [TempData]
    public string? Message { get; set; }

    public bool TwoFactorEnabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Only in the answer that generated them.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>Only in the answer that created it.</summary>
    public string? CreatedToken { get; private set; }

    public string? CreatedTokenName { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public int IdleMinutes => (int)Math.Round(session.Value.IdleTimeout.TotalMinutes);

    public string AbsoluteHours => session.Value.AbsoluteLifetime.TotalHours.ToString("0.##", CultureInfo.CurrentCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostDisableTwoFactorAsync(CancellationToken cancellationToken)
    {
        if (await PasswordCheckedAccountAsync() is not { } account)
        {
            return await InvalidAsync(cancellationToken);
        }

        var users = signIn.UserManager;
        await users.SetTwoFactorEnabledAsync(account, false);
        // A later switch-on must show a new key: the old one may have been seen by whoever made the user switch off.
        await users.ResetAuthenticatorKeyAsync(account);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0);
        await signIn.RefreshSignInAsync(account);
        Message = T["Đã tắt xác thực hai bước."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostNewRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        if (await PasswordCheckedAccountAsync() is not { } account || !account.TwoFactorEnabled)
        {
            return await InvalidAsync(cancellationToken);
        }

        RecoveryCodes = (await signIn.UserManager.GenerateNewTwoFactorRecoveryCodesAsync(account, TwoFactorModel.RecoveryCodeCount))?.ToList() ?? [];
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        var name = TokenName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(TokenName), T["Vui lòng đặt tên cho mã truy cập."]);
        }
        else if (name.Length > ApiTokenService.MaxNameLength)
        {
            ModelState.AddModelError(nameof(TokenName), T["Tên mã truy cập dài tối đa {0} ký tự.", ApiTokenService.MaxNameLength]);
        }

        if (ModelState.GetFieldValidationState(nameof(TokenLastDay)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.Remove(nameof(TokenLastDay));
            ModelState.AddModelError(nameof(TokenLastDay), T["Ngày hết hạn không hợp lệ."]);
        }
        else if (TokenLastDay is { } lastDay && lastDay < tokens.Today)
        {
            ModelState.AddModelError(nameof(TokenLastDay), T["Ngày hết hạn phải từ hôm nay trở đi."]);
        }

        if (await tokens.CountActiveAsync(account.Id, cancellationToken) >= ApiTokenService.MaxActivePerAccount)
        {
            ModelState.AddModelError(nameof(TokenName), T["Đã có {0} mã truy cập đang dùng; hãy thu hồi mã không cần nữa trước.", ApiTokenService.MaxActivePerAccount]);
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(cancellationToken);
        }

        var (_, text) = await tokens.CreateAsync(account.Id, name, TokenLastDay, cancellationToken);
        CreatedToken = text;
        CreatedTokenName = name;
        TokenName = null;
        TokenLastDay = null;
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(int tokenId, CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        // Only the user's own tokens: another account's id is simply not found.
        if (!await tokens.RevokeAsync(account.Id, tokenId, cancellationToken))
        {
            return NotFound();
        }

        Message = T["Đã thu hồi mã truy cập."];
        return RedirectToPage();
    }

    private async Task<Thads.Host.Accounts.Account?> PasswordCheckedAccountAsync()
    {
        var users = signIn.UserManager;
        if (string.IsNullOrEmpty(DisablePassword))
        {
            ModelState.AddModelError(nameof(DisablePassword), T["Vui lòng nhập mật khẩu hiện tại."]);
            return null;
        }

        if (await users.GetUserAsync(User) is not { } account)
        {
            return null;
        }

        // Counts towards the lockout: this form must not become a way to guess the password of an open session.
        var check = await signIn.CheckPasswordSignInAsync(account, DisablePassword, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(nameof(DisablePassword), check.IsLockedOut
                ? T["Nhập sai quá nhiều lần; tài khoản tạm thời bị khoá."]
                : T["Mật khẩu hiện tại không đúng."]);
            return null;
        }

        return account;
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken cancellationToken)
    {
        DisablePassword = null;
        if (await LoadAsync(cancellationToken) is null)
        {
            return Challenge();
        }

        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    private async Task<Thads.Host.Accounts.Account?> LoadAsync(CancellationToken cancellationToken)
    {
        var users = signIn.UserManager;
        if (await users.GetUserAsync(User) is not { } account)
        {
            return null;
        }

        Now = tokens.Now;
        TwoFactorEnabled = account.TwoFactorEnabled;
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(account) : 0;
        Tokens = await tokens.ListAsync(account.Id, cancellationToken);
        return account;
    }
}
