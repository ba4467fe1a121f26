using Microsoft.AspNetCore.Mvc;
using Thads.Host.Admin;

namespace Thads.Host.Pages.Admin;

/// <summary>The administration's landing page: a link to each screen, the shared-settings ones only for a top-level unit's administrator.</summary>
public sealed class IndexModel(AdminAccess access) : AdminPageModel
{
    public AdminContext? Admin { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        Admin = await access.ForAsync(User, cancellationToken);
        return Page();
    });
}
