using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Pages;

/// <summary>The home page after login: leaders start on their dashboard; everyone else sees who they are and the way to the task inbox.</summary>
public sealed class IndexModel : PageModel
{
    public ThadsUser? CurrentUser { get; private set; }

    public IActionResult OnGet()
    {
        CurrentUser = ThadsUser.From(User);
        return CurrentUser?.Has(StaffRoles.Leader) == true ? Redirect("/Dashboard") : Page();
    }
}
