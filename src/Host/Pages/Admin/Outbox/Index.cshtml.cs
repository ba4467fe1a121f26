using Microsoft.AspNetCore.Mvc;
using Thads.Host.Admin.Outbox;
using Thads.Host.Mail;

namespace Thads.Host.Pages.Admin.Outbox;

/// <summary>The outbox by state (parked first by default: they need an administrator), with retry of one or all parked messages.</summary>
public sealed class IndexModel(OutboxAdminService outbox) : AdminPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "status")]
    public MailStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public OutboxOverview? Overview { get; private set; }

    public int PageCount => Math.Max(1, ((Overview?.Messages.Total ?? 0) + PageSize - 1) / PageSize);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        Overview = await outbox.ListAsync(User, new MailOutboxQuery(Status, Search, Math.Max(1, PageNumber), PageSize), cancellationToken);
        return Page();
    });

    public Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await outbox.RetryAsync(User, id, cancellationToken);
        Message = Text["Thư {0} đã được xếp gửi lại.", id];
        return Redirect(Link(PageNumber));
    });

    public Task<IActionResult> OnPostRetryAllAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var count = await outbox.RetryAllParkedAsync(User, cancellationToken);
        Message = Text["{0} thư tạm dừng đã được xếp gửi lại.", count];
        return Redirect(Link(1));
    });

    protected override async Task<IActionResult> InvalidAsync()
    {
        Overview = await outbox.ListAsync(User, new MailOutboxQuery(Status, Search, Math.Max(1, PageNumber), PageSize), HttpContext.RequestAborted);
        return Page();
    }

    public string Link(int page, MailStatus? status = null, bool keepStatus = true)
    {
        var query = new List<string>();
        if ((keepStatus ? Status : status) is { } s)
        {
            query.Add($"status={s}");
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            query.Add("q=" + Uri.EscapeDataString(Search.Trim()));
        }

        if (page > 1)
        {
            query.Add($"page={page}");
        }

        return "/Admin/Outbox" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
