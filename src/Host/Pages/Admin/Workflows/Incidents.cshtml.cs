using Microsoft.AspNetCore.Mvc;
using Thads.Host.Designer;
using Thads.Workflows.Runtime;

namespace Thads.Host.Pages.Admin.Workflows;

/// <summary>Open incidents (failed steps) across all processes, each with a retry button.</summary>
public sealed class IncidentsModel(InstanceMonitor monitor) : AdministratorPageModel
{
    public IReadOnlyList<IncidentItem> Incidents { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Incidents = await monitor.OpenIncidentsAsync(cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await monitor.RetryAsync(id, User.Identity?.Name ?? "", cancellationToken);
            Message = "retried";
        }
        catch (Exception e) when (e is WorkflowNotFoundException or WorkflowConflictException)
        {
            Message = "gone";
        }

        return RedirectToPage();
    }
}
