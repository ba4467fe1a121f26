using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Api;
using Thads.Workflows.Runtime;

namespace Thads.Host.Pages.Tasks;

/// <summary>The task inbox: my tasks and my units' unclaimed tasks for my roles, searchable by case number or party name, 20 a page.</summary>
public sealed class IndexModel(TaskAccess access, TaskInboxQuery inbox, WorkflowEngine engine) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tab")]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    // Not "page": Razor Pages keeps that name for the page's own route value, so ?page=2 would never reach us.
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Message { get; set; }

    public bool UnitTab => Tab == "unit";

    public bool Linked { get; private set; }

    public IReadOnlyList<UserTaskInfo> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + TaskInbox.PageSize - 1) / TaskInbox.PageSize);

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = engine.Clock.Now;
        if (await access.ViewerAsync(User, cancellationToken) is not { } viewer)
        {
            return;
        }

        Linked = true;
        var found = await inbox.FindAsync(viewer, UnitTab, Search, PageNumber, TaskInbox.PageSize, cancellationToken);
        (Items, PageNumber, Total) = (found.Items, found.Page, found.Total);
    }

    public string Link(string? tab = null, int? page = null)
    {
        var query = new List<string>();
        if ((tab ?? Tab) is "unit")
        {
            query.Add("tab=unit");
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            query.Add("q=" + Uri.EscapeDataString(Search.Trim()));
        }

        if (page is > 1)
        {
            query.Add("trang=" + page);
        }

        return "/Tasks" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
