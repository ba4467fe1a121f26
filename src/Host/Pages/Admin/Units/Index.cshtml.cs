using Microsoft.AspNetCore.Mvc;
using Thads.Host.Admin.Units;

namespace Thads.Host.Pages.Admin.Units;

/// <summary>The administrator's unit tree.</summary>
public sealed class IndexModel(UnitAdminService units) : AdminPageModel
{
    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        Units = await units.TreeAsync(User, cancellationToken);
        return Page();
    });
}
