using Microsoft.AspNetCore.Mvc;
using Thads.Enforcement.Calendar;
using Thads.Host.Admin;
using Thads.Host.Admin.Holidays;

namespace Thads.Host.Pages.Admin.Holidays;

/// <summary>The calendar rows of a year and a form to add one (top-level unit's administrators only; others read).</summary>
public sealed class IndexModel(HolidayAdminService holidays, AdminAccess access, TimeProvider time) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Kind { get; set; } = nameof(CalendarDayKind.Holiday);

    [BindProperty]
    public string? Occasion { get; set; }

    [BindProperty]
    public string? LegalBasis { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; } = nameof(CalendarConfirmation.Confirmed);

    public IReadOnlyList<HolidayView> Days { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public int ShownYear => Year ?? VietnamTime.DateOf(time.GetUtcNow()).Year;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await LoadAsync(cancellationToken);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var added = await holidays.AddAsync(User, HolidayForm.Input(Date, Kind, Occasion, LegalBasis, Source, Confirmation), cancellationToken);
        Message = Text["Đã thêm {0} – {1}. Các hạn tính theo ngày làm việc đã được tính lại.", UiFormatDate(added.Date), added.Occasion];
        return RedirectToPage("/Admin/Holidays/Index", new { year = added.Date.Year });
    });

    protected override async Task<IActionResult> InvalidAsync()
    {
        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        MayEdit = (await access.ForAsync(User, cancellationToken)).SystemWide;
        Days = await holidays.ListAsync(User, Math.Clamp(ShownYear, HolidayAdminService.FirstYear, HolidayAdminService.LastYear), cancellationToken);
    }

    private static string UiFormatDate(DateOnly date) => Thads.Host.Localization.UiFormat.Date(date);
}
