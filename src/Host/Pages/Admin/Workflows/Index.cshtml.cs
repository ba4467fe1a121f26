using Thads.Host.Designer;

namespace Thads.Host.Pages.Admin.Workflows;

/// <summary>The processes with their versions and how many cases run on each.</summary>
public sealed class IndexModel(WorkflowCatalog catalog) : AdministratorPageModel
{
    public IReadOnlyList<WorkflowSummary> Workflows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Workflows = await catalog.ListAsync(cancellationToken);
}
