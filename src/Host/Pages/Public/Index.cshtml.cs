using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Enforcement.PublicRegister;

namespace Thads.Host.Pages.Public;

/// <summary>The public page of debtors without conditions (Art. 44a), readable without signing in.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicDebtorRegister register) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public IReadOnlyList<PublicDebtorEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await register.ListAsync(Search, cancellationToken);
}
