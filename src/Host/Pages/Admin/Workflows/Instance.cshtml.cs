using Microsoft.AspNetCore.Mvc;

namespace Thads.Host.Pages.Admin.Workflows;

/// <summary>One case's process drawn with what is done, where it waits, its open tasks and incidents.</summary>
public sealed class InstanceModel : AdministratorPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public Guid Id { get; set; }
}
