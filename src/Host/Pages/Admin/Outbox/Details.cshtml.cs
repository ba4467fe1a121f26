using Microsoft.AspNetCore.Mvc;
using Thads.Host.Admin.Outbox;
using Thads.Host.Mail;

namespace Thads.Host.Pages.Admin.Outbox;

/// <summary>One message of the outbox with its text, attempts and last error; a parked one can be retried.</summary>
public sealed class DetailsModel(OutboxAdminService outbox) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public MailOutboxDetail? Detail { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        Detail = await outbox.GetAsync(User, Id, cancellationToken);
        return Page();
    });

    public Task<IActionResult> OnPostRetryAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await outbox.RetryAsync(User, Id, cancellationToken);
        Message = Text["Thư {0} đã được xếp gửi lại.", Id];
        return RedirectToPage("/Admin/Outbox/Details", new { id = Id });
    });

    protected override async Task<IActionResult> InvalidAsync()
    {
        Detail = await outbox.GetAsync(User, Id, HttpContext.RequestAborted);
        return Page();
    }
}
