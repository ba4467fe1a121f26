using Microsoft.AspNetCore.Mvc;
using Thads.Enforcement.Cases.Audit;
using Thads.Host.Admin.Api;
using Thads.Host.Admin.Audit;

namespace Thads.Host.Pages.Admin.Audit;

/// <summary>The audit log with filters (dates, user, data type, case number, action), 50 rows a page, each with its changed fields.</summary>
public sealed class IndexModel(AuditLogService audit) : AdminPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true, Name = "case")]
    public string? CaseNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = new([], 1, PageSize, 0);

    public int PageCount => Math.Max(1, Math.Min((Result.Total + PageSize - 1) / PageSize, AuditLogService.MaxDepth / PageSize));

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var parser = new AdminRequestParser();
        var from = parser.Date(From, "From", "Từ ngày", required: false);
        var to = parser.Date(To, "To", "Đến ngày", required: false);
        var action = parser.Enum<AuditAction>(ActionName, "Action", "Thao tác", required: false);
        parser.ThrowIfInvalid();
        Result = await audit.SearchAsync(User, new AuditFilter(from, to, Actor, Entity, CaseNumber, action, Math.Clamp(PageNumber, 1, AuditLogService.MaxDepth / PageSize), PageSize), cancellationToken);
        return Page();
    });

    public string Link(int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        Add("from", From);
        Add("to", To);
        Add("user", Actor);
        Add("entity", Entity);
        Add("case", CaseNumber);
        Add("action", ActionName);
        if (page > 1)
        {
            query.Add($"page={page}");
        }

        return "/Admin/Audit" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
