using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;
using Thads.Host.Dashboard;

namespace Thads.Host.Pages.Dashboard;

/// <summary>The cases behind a dashboard count (late verifications, re-verifications due, an executor's open cases…), 20 a page.</summary>
[Authorize(Policy = ThadsPolicies.Leader)]
public sealed class CasesModel(DashboardQueries queries) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "list")]
    public string? List { get; set; }

    [BindProperty(SupportsGet = true, Name = "executor")]
    public string? Executor { get; set; }

    [BindProperty(SupportsGet = true, Name = "rule")]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public DashboardCasePage? Result { get; private set; }

    public string? ExecutorName { get; private set; }

    public int PageCount => Result is null ? 1 : Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await queries.ScopeAsync(User, cancellationToken) is not { } scope)
        {
            return Forbid();
        }

        PageNumber = Math.Max(1, PageNumber);
        if (await queries.CheckAsync(scope, tasks: false, List, Executor, Rule, PageNumber, PageSize, cancellationToken) is { } refused)
        {
            return refused.Status == StatusCodes.Status403Forbidden ? Forbid() : NotFound();
        }

        ExecutorName = Executor is null ? null : (await queries.ExecutorAsync(scope, Executor, cancellationToken))?.FullName;
        Result = await queries.CasesAsync(scope, List!, Executor, Rule, PageNumber, PageSize, cancellationToken);
        return Page();
    }

    public string Link(int page) => DashboardLists.Page(List!, Executor, Rule) + (page > 1 ? "&page=" + page : "");
}
