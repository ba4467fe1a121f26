using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;
using Thads.Host.Admin.Users;

namespace Thads.Host.Pages.Account;

/// <summary>Sign-in with user name and password; failures count towards the lockout.</summary>
public sealed class LoginModel(SignInManager<Thads.Host.Accounts.Account> signIn, TimeProvider time) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
    [Display(Name = "Tên đăng nhập")]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Target()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
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

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, await LockoutMessageAsync(userName));
        }
        else if (result.RequiresTwoFactor || result.IsNotAllowed)
        {
            ModelState.AddModelError(string.Empty, "Tài khoản này chưa được phép đăng nhập. Vui lòng liên hệ quản trị hệ thống.");
        }
        else
        {
            // The same message for an unknown user and a wrong password, so the page does not reveal which names exist.
            ModelState.AddModelError(string.Empty, "Tên đăng nhập hoặc mật khẩu không đúng.");
        }

        Password = string.Empty;
        return Page();
    }

    private async Task<string> LockoutMessageAsync(string userName)
    {
        var account = await signIn.UserManager.FindByNameAsync(userName);
        if (AdministratorLock.Is(account?.LockoutEnd))
        {
            return "Tài khoản đã bị quản trị hệ thống khóa. Vui lòng liên hệ quản trị hệ thống.";
        }

        var left = account?.LockoutEnd is { } end ? end - time.GetUtcNow() : PasswordPolicy.LockoutDuration;
        var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
        return $"Tài khoản tạm thời bị khoá do nhập sai mật khẩu {PasswordPolicy.MaxFailedAttempts} lần. Vui lòng thử lại sau {minutes} phút.";
    }

    private string Target() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
