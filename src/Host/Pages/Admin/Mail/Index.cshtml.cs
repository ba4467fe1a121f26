using Microsoft.AspNetCore.Mvc;
using Thads.Host.Admin.Mail;

namespace Thads.Host.Pages.Admin.Mail;

/// <summary>The mail settings in force with their source, the form for the stored (non-secret) ones, and the test mail.</summary>
public sealed class IndexModel(MailSettingsAdminService mail) : AdminPageModel
{
    [BindProperty]
    public string? Host { get; set; }

    [BindProperty]
    public int? Port { get; set; }

    [BindProperty]
    public string? Security { get; set; }

    [BindProperty]
    public string? SmtpUser { get; set; }

    [BindProperty]
    public string? From { get; set; }

    /// <summary>Stores "no SMTP server" (messages written as files) even when configuration names one.</summary>
    [BindProperty]
    public bool NoSmtp { get; set; }

    [BindProperty]
    public string? To { get; set; }

    public MailSettingsView? Settings { get; private set; }

    public TestMailResult? TestResult { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await LoadAsync(fillForm: true, cancellationToken);
        return Page();
    });

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        if (!ModelState.IsValid)
        {
            // Only the port can fail to bind (not a number).
            ModelState.Clear();
            throw new Thads.Host.Admin.AdminValidationException(nameof(Port), "Cổng (Port): nhập một số từ 1 đến 65535.");
        }

        await mail.SaveAsync(User, new MailSettingsInput(NoSmtp ? "" : Blank(Host), Port, Blank(Security), Blank(SmtpUser), Blank(From)), cancellationToken);
        Message = Text["Đã lưu cấu hình thư; áp dụng từ thư kế tiếp."];
        return RedirectToPage("/Admin/Mail/Index");
    });

    public Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await mail.SaveAsync(User, new MailSettingsInput(null, null, null, null, null), cancellationToken);
        Message = Text["Đã bỏ cấu hình lưu trong ứng dụng; dùng lại cấu hình trong tệp cấu hình."];
        return RedirectToPage("/Admin/Mail/Index");
    });

    public Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        TestResult = await mail.SendTestAsync(User, To, cancellationToken);
        await LoadAsync(fillForm: true, cancellationToken);
        return Page();
    });

    protected override async Task<IActionResult> InvalidAsync()
    {
        await LoadAsync(fillForm: Request.Query["handler"] == "Test", HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(bool fillForm, CancellationToken cancellationToken)
    {
        Settings = await mail.ViewAsync(User, cancellationToken);
        if (fillForm)
        {
            (Host, Security, SmtpUser, From) = (Stored(Settings.Host), Stored(Settings.Security), Stored(Settings.User), Stored(Settings.From));
            Port = Stored(Settings.Port) is { } port ? int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) : null;
            NoSmtp = Settings.Host.Source == MailSettingSource.Database && Settings.Host.Value is null;
        }
    }

    /// <summary>The form shows only what is stored in the application; an empty field means "as configured" (shown as the hint).</summary>
    private static string? Stored(MailSettingValue value) => value.Source == MailSettingSource.Database ? value.Value : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
