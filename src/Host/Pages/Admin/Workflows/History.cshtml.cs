using Microsoft.AspNetCore.Mvc;
using Thads.Host.Designer;

namespace Thads.Host.Pages.Admin.Workflows;

/// <summary>The versions of one process, with who published them and why, and a visual comparison of two of them.</summary>
public sealed class HistoryModel(WorkflowCatalog catalog) : AdministratorPageModel
{
    [BindProperty(SupportsGet = true, Name = "key")]
    public string Key { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "left")]
    public int? Left { get; set; }

    [BindProperty(SupportsGet = true, Name = "right")]
    public int? Right { get; set; }

    public IReadOnlyList<WorkflowVersionSummary> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await catalog.VersionsOfAsync(Key, cancellationToken);
        return Versions.Count == 0 ? NotFound() : Page();
    }
}
