using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Accounts;
using Thads.Host.Dashboard;

namespace Thads.Host.Pages.Dashboard;

/// <summary>The workflow tasks behind a dashboard count (approvals, other leader tasks, an executor's open or overdue tasks), 20 a page.</summary>
[Authorize(Policy = ThadsPolicies.Leader)]
public sealed class TasksModel(DashboardQueries queries) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "list")]
    public string? List { get; set; }

    [BindProperty(SupportsGet = true, Name = "executor")]
    public string? Executor { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public DashboardTaskPage? Result { get; private set; }

    public string? ExecutorName { get; private set; }

    public int PageCount => Result is null ? 1 : Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await queries.ScopeAsync(User, cancellationToken) is not { } scope)
        {
            return Forbid();
        }

        PageNumber = Math.Max(1, PageNumber);
        if (await queries.CheckAsync(scope, tasks: true, List, Executor, null, PageNumber, PageSize, cancellationToken) is { } refused)
        {
            return refused.Status == StatusCodes.Status403Forbidden ? Forbid() : NotFound();
        }

        ExecutorName = Executor is null ? null : (await queries.ExecutorAsync(scope, Executor, cancellationToken))?.FullName;
        Result = await queries.TasksAsync(scope, List!, Executor, PageNumber, PageSize, cancellationToken);
        return Page();
    }

    public string Link(int page) => DashboardLists.Page(List!, Executor) + (page > 1 ? "&page=" + page : "");
}
