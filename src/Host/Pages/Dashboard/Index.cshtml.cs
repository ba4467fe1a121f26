using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;
using Thads.Host.Dashboard;

namespace Thads.Host.Pages.Dashboard;

/// <summary>The leader's landing page: the counts of their unit subtree, each linking to its list.</summary>
[Authorize(Policy = ThadsPolicies.Leader)]
public sealed class IndexModel(DashboardQueries queries) : PageModel
{
    /// <summary>The most loaded executors shown on the dashboard; the rest are a click away (a province may have hundreds).</summary>
    public const int ExecutorsShown = 20;

    public DashboardSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await queries.ScopeAsync(User, cancellationToken) is not { } scope)
        {
            return Forbid();
        }

        Summary = await queries.SummaryAsync(scope, cancellationToken);
        return Page();
    }
}
