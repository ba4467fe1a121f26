using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;

namespace Thads.Host.Pages;

/// <summary>The home page after login; the task inbox will take its place.</summary>
public sealed class IndexModel : PageModel
{
    public ThadsUser? CurrentUser { get; private set; }

    public void OnGet() => CurrentUser = ThadsUser.From(User);
}
