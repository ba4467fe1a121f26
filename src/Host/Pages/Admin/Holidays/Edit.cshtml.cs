using Microsoft.AspNetCore.Mvc;
using Thads.Host.Admin.Holidays;

namespace Thads.Host.Pages.Admin.Holidays;

/// <summary>Edits or removes one calendar row.</summary>
public sealed class EditModel(HolidayAdminService holidays) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Occasion { get; set; }

    [BindProperty]
    public string? LegalBasis { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public HolidayView? Day { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        Day = await holidays.GetAsync(User, Id, cancellationToken);
        (Date, Kind, Occasion, LegalBasis, Source, Confirmation) =
            (Day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Day.Kind.ToString(), Day.Occasion, Day.LegalBasis, Day.Source, Day.Confirmation.ToString());
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var saved = await holidays.UpdateAsync(User, Id, HolidayForm.Input(Date, Kind, Occasion, LegalBasis, Source, Confirmation), cancellationToken);
        Message = Text["Đã lưu {0} – {1}. Các hạn tính theo ngày làm việc đã được tính lại.", Thads.Host.Localization.UiFormat.Date(saved.Date), saved.Occasion];
        return RedirectToPage("/Admin/Holidays/Index", new { year = saved.Date.Year });
    });

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var day = await holidays.GetAsync(User, Id, cancellationToken);
        await holidays.DeleteAsync(User, Id, cancellationToken);
        Message = Text["Đã xóa {0} – {1}. Các hạn tính theo ngày làm việc đã được tính lại.", Thads.Host.Localization.UiFormat.Date(day.Date), day.Occasion];
        return RedirectToPage("/Admin/Holidays/Index", new { year = day.Date.Year });
    });

    protected override async Task<IActionResult> InvalidAsync()
    {
        Day = await holidays.GetAsync(User, Id, HttpContext.RequestAborted);
        return Page();
    }
}
