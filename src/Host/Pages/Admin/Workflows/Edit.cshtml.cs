using Microsoft.AspNetCore.Mvc;
using Thads.Host.Designer;

namespace Thads.Host.Pages.Admin.Workflows;

/// <summary>The designer on the latest version of one process (or the administrator's draft of it).</summary>
public sealed class EditModel(WorkflowCatalog catalog) : AdministratorPageModel
{
    [BindProperty(SupportsGet = true, Name = "key")]
    public string Key { get; set; } = "";

    public WorkflowVersionSummary? Latest { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Latest = (await catalog.VersionsOfAsync(Key, cancellationToken)).FirstOrDefault();
        return Latest is null ? NotFound() : Page();
    }
}
