using Microsoft.AspNetCore.Mvc;
using Thads.Enforcement.Organisation;
using Thads.Host.Admin.Api;
using Thads.Host.Admin.Units;

namespace Thads.Host.Pages.Admin.Units;

/// <summary>Creates a unit (<c>/Admin/Units/Edit?parent=ID</c>) or edits one (<c>/Admin/Units/Edit/ID</c>).</summary>
public sealed class EditModel(UnitAdminService units) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "parent")]
    public int? ParentId { get; set; }

    [BindProperty]
    public string? ValidFrom { get; set; }

    [BindProperty]
    public string? ValidTo { get; set; }

    [BindProperty]
    public int? SucceededById { get; set; }

    [BindProperty]
    public bool IssuesDecisions { get; set; } = true;

    [BindProperty]
    public bool HoldsMoney { get; set; } = true;

    public IReadOnlyList<UnitView> Tree { get; private set; } = [];

    public bool IsNew => Id is null;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        if (Id is { } id)
        {
            var unit = await units.GetAsync(User, id, cancellationToken);
            (Code, Name, Kind, ParentId, SucceededById, IssuesDecisions, HoldsMoney) =
                (unit.Code, unit.Name, unit.Kind.ToString(), unit.ParentId, unit.SucceededById, unit.IssuesDecisions, unit.HoldsMoney);
            (ValidFrom, ValidTo) = (Iso(unit.ValidFrom), Iso(unit.ValidTo));
        }
        else
        {
            Kind = nameof(UnitKind.RegionalOffice);
        }

        Tree = await units.TreeAsync(User, cancellationToken);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var parser = new AdminRequestParser();
        var kind = parser.Enum<UnitKind>(Kind, nameof(Kind), "Loại đơn vị", required: true);
        var from = parser.Date(ValidFrom, nameof(ValidFrom), "Hiệu lực từ ngày", required: false);
        var to = parser.Date(ValidTo, nameof(ValidTo), "Hiệu lực đến ngày", required: false);
        parser.ThrowIfInvalid();
        var input = new UnitInput(Code ?? "", Name ?? "", kind!.Value, ParentId, from, to, SucceededById, IssuesDecisions, HoldsMoney);
        var saved = Id is { } id ? await units.UpdateAsync(User, id, input, cancellationToken) : await units.CreateAsync(User, input, cancellationToken);
        Message = Text["Đã lưu đơn vị {0}.", saved.Code];
        return RedirectToPage("/Admin/Units/Index");
    });

    protected override async Task<IActionResult> InvalidAsync()
    {
        Tree = await units.TreeAsync(User, HttpContext.RequestAborted);
        return Page();
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
