using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;

namespace Thads.Host.Pages.Account;

/// <summary>Sign-out by POST only (with the antiforgery token), so a link or image on another site cannot log a user out.</summary>
public sealed class LogoutModel(SignInManager<Thads.Host.Accounts.Account> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(AccountPaths.Login);
    }
}
