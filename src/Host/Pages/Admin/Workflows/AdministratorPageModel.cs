using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Pages.Admin.Workflows;

/// <summary>
/// The designer's pages are for administrators: any other signed-in person gets 403 (the access-denied page's text),
/// not a redirect, so the refusal is the same for the pages as for their API.
/// </summary>
public abstract class AdministratorPageModel : PageModel
{
    public const string ApiBase = "/api/admin/workflows";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!User.IsInRole(StaffRoleNames.ClaimValue(StaffRoles.Administrator)))
        {
            context.Result = new ViewResult { ViewName = "/Pages/Admin/Workflows/_Forbidden.cshtml", StatusCode = StatusCodes.Status403Forbidden };
            return;
        }

        await next();
    }
}
