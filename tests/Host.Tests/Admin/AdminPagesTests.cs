using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Thads.Enforcement.Demo;
using Thads.Host.Admin;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Support;
using static Thads.Host.Tests.Admin.AdminHost;

namespace Thads.Host.Tests.Admin;

/// <summary>The administration pages in a browser without JavaScript: access, forms with errors by field, one-time passwords, mail and outbox.</summary>
[Collection(AdminCollection.Name)]
public sealed partial class AdminPagesTests(AdminHost host)
{
    [Theory]
    [InlineData("/Admin")]
    [InlineData("/Admin/Units")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Users/Create")]
    [InlineData("/Admin/Holidays")]
    [InlineData("/Admin/Mail")]
    [InlineData("/Admin/Outbox")]
    [InlineData("/Admin/Audit")]
    public async Task Other_roles_get_the_access_denied_page_and_administrators_get_the_page(string path)
    {
        var head = await host.BrowserAsync(DemoOrganisation.Head);
        var denied = await head.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", BrowserSession.RedirectTarget(denied));

        var admin = await host.BrowserAsync(DemoOrganisation.Administrator);
        var response = await admin.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(page.Length < 300_000);
        Assert.Contains("href=\"/Admin/Audit\"", page);
    }

    [Fact]
    public async Task The_header_links_to_the_administration_for_administrators_only()
    {
        Assert.Contains("<a href=\"/Admin\">Quản trị</a>", await (await host.BrowserAsync(DemoOrganisation.Administrator)).GetPageAsync("/"));
        Assert.DoesNotContain("href=\"/Admin\"", await (await host.BrowserAsync(DemoOrganisation.Head)).GetPageAsync("/Tasks"));
        var landing = await (await host.BrowserAsync(DemoOrganisation.Administrator)).GetPageAsync("/Admin");
        Assert.Contains("href=\"/Admin/Workflows\"", landing);
        Assert.Contains("href=\"/Admin/Incidents\"", landing);
    }

    [Fact]
    public async Task The_unit_form_shows_each_error_next_to_its_field_and_a_good_unit_appears_in_the_tree()
    {
        var admin = await host.BrowserAsync(DemoOrganisation.Administrator);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice1);

        var refused = await admin.SubmitAsync($"/Admin/Units/Edit?parent={office}", new Dictionary<string, string>
        {
            ["Code"] = "", ["Name"] = "Tổ trang", ["Kind"] = "RegionalOffice", ["parent"] = office.ToString(), ["ValidFrom"] = "2026-02-01", ["ValidTo"] = "2026-01-01",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Matches(FieldError("Code", "Mã đơn vị \\(Code\\): không được để trống"), page);
        Assert.Matches(FieldError("ValidTo", "Hiệu lực đến ngày \\(ValidTo\\)"), page);
        Assert.Contains("value=\"Tổ trang\"", page);

        var saved = await admin.SubmitAsync($"/Admin/Units/Edit?parent={office}", new Dictionary<string, string>
        {
            ["Code"] = "DN-KV1-TRANG", ["Name"] = "Tổ trang", ["Kind"] = "RegionalOffice", ["parent"] = office.ToString(), ["IssuesDecisions"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var tree = await admin.GetPageAsync("/Admin/Units");
        Assert.Contains("Đã lưu đơn vị DN-KV1-TRANG.", tree);
        Assert.Contains("<strong>DN-KV1-TRANG</strong>", tree);
    }

    [Fact]
    public async Task A_user_created_on_the_page_gets_a_password_shown_once()
    {
        var admin = await host.BrowserAsync(DemoOrganisation.Administrator);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice2);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("UserName", "thuky.kv2"), new("FullName", "Hồ Thư Ký"), new("UnitId", office.ToString()),
            new("Roles", "IntakeOfficer"), new("Roles", "Statistician"),
        };

        var response = await PostAsync(admin, "/Admin/Users/Create", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var page = await response.Content.ReadAsStringAsync();
        var password = PasswordShown().Match(page);
        Assert.True(password.Success, page);

        var id = (await host.StaffIdAsync("thuky.kv2")).ToString();
        var edit = await admin.GetPageAsync($"/Admin/Users/Edit/{id}");
        Assert.DoesNotContain(password.Groups[1].Value, edit);
        Assert.Contains("Công chức thụ lý", edit);
        Assert.Contains("Mật khẩu ban đầu, chưa đổi", edit);
        var list = await admin.GetPageAsync("/Admin/Users?q=thuky");
        Assert.Contains($"href=\"/Admin/Users/Edit/{id}\"", list);
        Assert.DoesNotContain(password.Groups[1].Value, list);

        // The password works once, and must be changed.
        await host.SignInFirstTimeAsync("thuky.kv2", password.Groups[1].Value);

        var again = await PostAsync(admin, "/Admin/Users/Create", fields);
        Assert.Matches(FieldError("UserName", "đã có tài khoản"), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Lock_unlock_and_reset_password_work_from_the_user_page()
    {
        var admin = await host.BrowserAsync(DemoOrganisation.Administrator);
        var created = await AdminHost.JsonAsync(await admin.Client.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "trang.khoa", fullName = "Trang Khóa", unitId = await host.UnitIdAsync(DemoOrganisation.Province), roles = new[] { "Accountant" },
        }));
        var id = created["user"]!["staffId"]!.GetValue<int>();
        var path = $"/Admin/Users/Edit/{id}";

        var locked = await admin.SubmitAsync(path + "?handler=Lock", new Dictionary<string, string>(), formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var page = await admin.GetPageAsync(path);
        Assert.Contains("Đã khóa tài khoản trang.khoa.", page);
        Assert.Contains("?handler=Unlock", page);

        await admin.SubmitAsync(path + "?handler=Unlock", new Dictionary<string, string>(), formPage: path);
        Assert.Contains("?handler=Lock", await admin.GetPageAsync(path));

        var reset = await admin.SubmitAsync(path + "?handler=ResetPassword", new Dictionary<string, string>(), formPage: path);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var password = PasswordShown().Match(await reset.Content.ReadAsStringAsync());
        Assert.True(password.Success);
        Assert.NotEqual(created["initialPassword"]!.GetValue<string>(), password.Groups[1].Value);
        await host.SignInFirstTimeAsync("trang.khoa", password.Groups[1].Value);
    }

    [Fact]
    public async Task The_own_account_page_refuses_to_drop_the_administrator_role_with_the_error_at_the_field()
    {
        var admin = await host.BrowserAsync(DemoOrganisation.Administrator);
        var self = await host.StaffIdAsync(DemoOrganisation.Administrator);
        var path = $"/Admin/Users/Edit/{self}";
        Assert.DoesNotContain("?handler=Lock", await admin.GetPageAsync(path));

        var response = await PostAsync(admin, path, [
            new("FullName", "Bùi Văn Quản"), new("UnitId", (await host.UnitIdAsync(DemoOrganisation.Province)).ToString()),
            new("Roles", "Statistician"), new("Active", "true"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(FieldError("Roles", "không thể tự bỏ vai trò Quản trị hệ thống"), await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task A_regional_administrator_is_denied_the_province_user_page_and_its_actions()
    {
        var regional = await host.BrowserAsync(RegionalAdministrator);
        var head = await host.StaffIdAsync(DemoOrganisation.Head);

        var page = await regional.GetAsync($"/Admin/Users/Edit/{head}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", BrowserSession.RedirectTarget(page));

        var own = await regional.GetPageAsync("/Admin/Users");
        Assert.Contains(RegionalAdministrator, own);
        Assert.DoesNotContain(DemoOrganisation.Head, own);
        Assert.Contains("Chỉ xem", await regional.GetPageAsync("/Admin"));
        Assert.Equal(HttpStatusCode.Redirect, (await regional.GetAsync("/Admin/Mail")).StatusCode);

        // A forged lock of the province head from the regional administrator's own page is refused and changes nothing.
        var ownId = await host.StaffIdAsync(RegionalAdministrator);
        var forged = await regional.SubmitAsync($"/Admin/Users/Edit/{head}?handler=Lock", new Dictionary<string, string>(), formPage: $"/Admin/Users/Edit/{ownId}");
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", BrowserSession.RedirectTarget(forged));
        Assert.Null((await host.AccountAsync(DemoOrganisation.Head))!.LockoutEnd);
    }

    [Fact]
    public async Task A_holiday_added_on_the_page_is_listed_and_a_weekend_holiday_is_refused_at_the_date()
    {
        var admin = await host.BrowserAsync(DemoOrganisation.Administrator);
        var weekend = await admin.SubmitAsync("/Admin/Holidays?year=2032", new Dictionary<string, string>
        {
            ["Date"] = "2032-05-01", ["Kind"] = "Holiday", ["Occasion"] = "Quốc tế Lao động", ["LegalBasis"] = "Bộ luật Lao động 2019, Điều 112", ["Confirmation"] = "Confirmed",
        }, formPage: "/Admin/Holidays?year=2032");
        Assert.Equal(HttpStatusCode.OK, weekend.StatusCode);
        Assert.Matches(FieldError("Date", "Ngày \\(Date\\)"), await weekend.Content.ReadAsStringAsync());

        var added = await admin.SubmitAsync("/Admin/Holidays?year=2032", new Dictionary<string, string>
        {
            ["Date"] = "2032-05-03", ["Kind"] = "CompensatoryDayOff", ["Occasion"] = "Nghỉ bù Quốc tế Lao động", ["LegalBasis"] = "Bộ luật Lao động 2019, Điều 111",
            ["Source"] = "https://thuvienphapluat.vn/nghi-bu-2032", ["Confirmation"] = "Unconfirmed",
        }, formPage: "/Admin/Holidays?year=2032");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await admin.GetPageAsync("/Admin/Holidays?year=2032");
        Assert.Contains("03/05/2032", list);
        Assert.Contains("Nghỉ bù Quốc tế Lao động", list);
        Assert.Contains("href=\"https://thuvienphapluat.vn/nghi-bu-2032\"", list);
    }

    [Fact]
    public async Task The_mail_page_shows_the_settings_without_a_password_and_sends_a_test_mail()
    {
        var admin = await host.BrowserAsync(DemoOrganisation.Administrator);
        var page = await admin.GetPageAsync("/Admin/Mail");
        Assert.Contains($"SMTP server {host.Smtp.Host}:{host.Smtp.Port} (None)", page);
        Assert.Contains("Chưa đặt", page);

        var before = host.Smtp.Messages().Count;
        var response = await admin.SubmitAsync("/Admin/Mail?handler=Test", new Dictionary<string, string> { ["To"] = "trang.thu@thads.example.vn" }, formPage: "/Admin/Mail");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("máy chủ đã nhận thư", await response.Content.ReadAsStringAsync());
        var messages = await host.Smtp.WaitForMessagesAsync(before + 1);
        Assert.Contains(messages, m => SmtpServerFixture.EnvelopeRecipients(m).Contains("trang.thu@thads.example.vn"));

        var bad = await admin.SubmitAsync("/Admin/Mail?handler=Save", new Dictionary<string, string> { ["Host"] = "máy chủ", ["Port"] = "0" }, formPage: "/Admin/Mail");
        var errors = await bad.Content.ReadAsStringAsync();
        Assert.Matches(FieldError("Host", "Máy chủ SMTP \\(Host\\)"), errors);
        Assert.Matches(FieldError("Port", "Cổng \\(Port\\)"), errors);
    }

    [Fact]
    public async Task A_parked_message_is_retried_from_the_outbox_page_and_delivered()
    {
        var admin = await host.BrowserAsync(DemoOrganisation.Administrator);
        long id;
        try
        {
            await admin.Client.PutAsJsonAsync("/api/admin/mail/settings", new { host = "127.0.0.1", port = ClosedPort(), security = "None" });
            id = (await AdminHost.JsonAsync(await admin.Client.PostAsJsonAsync("/api/admin/mail/test", new { to = "trang.gui.lai@thads.example.vn" })))["messageId"]!.GetValue<long>();
        }
        finally
        {
            await admin.Client.PutAsJsonAsync("/api/admin/mail/settings", new { });
        }

        var parked = await admin.GetPageAsync("/Admin/Outbox?status=Parked");
        Assert.Contains($"href=\"/Admin/Outbox/Details/{id}\"", parked);
        Assert.Contains("SocketException", parked);

        var before = host.Smtp.Messages().Count;
        var detailPath = $"/Admin/Outbox/Details/{id}";
        var retried = await admin.SubmitAsync(detailPath + "?handler=Retry", new Dictionary<string, string>(), formPage: detailPath);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var messages = await host.Smtp.WaitForMessagesAsync(before + 1);
        Assert.Contains(messages, m => SmtpServerFixture.EnvelopeRecipients(m).Contains("trang.gui.lai@thads.example.vn"));
        Assert.Equal("Retried", (await host.AuditAsync(AdminAuditTrail.MailMessageEntity, id.ToString()))[0].Action.ToString());
    }

    [Fact]
    public async Task The_audit_page_filters_and_shows_before_and_after()
    {
        var admin = await host.BrowserAsync(DemoOrganisation.Administrator);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice2);
        var unit = await AdminHost.JsonAsync(await admin.Client.PostAsJsonAsync("/api/admin/units", new { code = "DN-KV2-AUDIT", name = "Tổ A", kind = "RegionalOffice", parentId = office }));
        await admin.Client.PutAsJsonAsync($"/api/admin/units/{unit["id"]}", new { code = "DN-KV2-AUDIT", name = "Tổ B", kind = "RegionalOffice", parentId = office });

        var page = await admin.GetPageAsync("/Admin/Audit?entity=Unit&action=Modified&user=quantri.dn");
        Assert.Contains("<del>Tổ A</del>", page);
        Assert.Contains("<ins>Tổ B</ins>", page);
        Assert.Contains($"Unit #{unit["id"]}", page);

        var bad = await admin.GetPageAsync("/Admin/Audit?from=2026-13-40");
        Assert.Contains("Từ ngày (From)", bad);
    }

    [Fact]
    public async Task The_administration_reads_in_English_when_switched()
    {
        await host.BrowserAsync(DemoOrganisation.Administrator);
        using var browser = host.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(DemoOrganisation.Administrator, AccountsHost.NewPassword)).StatusCode);
        await browser.SubmitAsync("/Language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/Admin" }, formPage: "/Admin");
        var page = await browser.GetPageAsync("/Admin");
        Assert.Contains("Users and roles", page);
        Assert.Contains("Audit log", page);
    }

    private static async Task<HttpResponseMessage> PostAsync(BrowserSession browser, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = await browser.GetPageAsync(path);
        var token = Token().Match(form).Groups[1].Value;
        return await browser.Client.PostAsync(path, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)))));
    }

    private static Regex FieldError(string field, string message) =>
        new($"id=\"{field}\"[^§]*?<span class=\"error field-error\">[^<]*{message}", RegexOptions.Singleline);

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [GeneratedRegex("<code class=\"password\">([A-Za-z0-9]{14})</code>")]
    private static partial Regex PasswordShown();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
