using Microsoft.AspNetCore.Mvc;
using Thads.Host.Designer;
using Thads.Workflows.Runtime;

namespace Thads.Host.Pages.Admin.Workflows;

/// <summary>The cases running on one process (and version), newest first; each opens the instance view.</summary>
public sealed class InstancesModel(InstanceMonitor monitor) : AdministratorPageModel
{
    [BindProperty(SupportsGet = true, Name = "key")]
    public string Key { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "version")]
    public int? Version { get; set; }

    [BindProperty(SupportsGet = true, Name = "all")]
    public bool All { get; set; }

    public IReadOnlyList<InstanceListItem> Instances { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Instances = await monitor.ListAsync(Key, Version, All ? null : InstanceStatus.Running, cancellationToken);
}
