using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;
using Thads.Host.Dashboard;

namespace Thads.Host.Pages.Dashboard;

/// <summary>Every executor of the leader's units with their load, the most overdue first, 50 a page.</summary>
[Authorize(Policy = ThadsPolicies.Leader)]
public sealed class ExecutorsModel(DashboardQueries queries) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ExecutorWorkload> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await queries.ScopeAsync(User, cancellationToken) is not { } scope)
        {
            return Forbid();
        }

        var all = await queries.WorkloadAsync(scope, cancellationToken);
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Items = all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }
}
