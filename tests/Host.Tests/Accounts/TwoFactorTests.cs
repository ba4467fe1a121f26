using System.Net;
using Thads.Enforcement.Demo;
using static Thads.Host.Tests.Accounts.TwoFactorSteps;

namespace Thads.Host.Tests.Accounts;

/// <summary>
/// Optional TOTP second factor through the real pages, with codes computed from the shared key the page shows, as an
/// authenticator app would. Each test uses its own demo account.
/// </summary>
public sealed class TwoFactorTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task Enabling_shows_key_and_QR_code_refuses_a_wrong_code_and_then_login_asks_for_the_code()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.Deputy);
        Assert.Contains("Chưa bật.", await browser.GetPageAsync("/Account/Security"));

        var setup = await browser.GetPageAsync("/Account/TwoFactor");
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", setup);
        Assert.Contains("<path fill=\"#000\" d=\"M", setup);
        Assert.DoesNotContain("<script", setup);
        Assert.InRange(setup.Length, 1, 300_000);

        var key = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(setup, "id=\"shared-key\">([^<]+)<").Groups[1].Value);
        var wrong = await browser.SubmitAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Mã xác thực không đúng.", await wrong.Content.ReadAsStringAsync());
        Assert.Contains("Chưa bật.", await browser.GetPageAsync("/Account/Security"));

        var enabled = await EnableAsync(browser);
        Assert.Equal(key, enabled.Key);
        Assert.Equal(10, enabled.RecoveryCodes.Count);
        Assert.Equal(10, enabled.RecoveryCodes.Distinct().Count());
        var security = await browser.GetPageAsync("/Account/Security");
        Assert.Contains("Đang bật.", security);
        Assert.Contains("Còn 10 mã khôi phục chưa dùng.", security);
        Assert.DoesNotContain(enabled.RecoveryCodes[0], security);

        using var other = host.NewBrowser();
        var codePage = await PasswordStepAsync(other, DemoOrganisation.Deputy);
        Assert.Equal("/Account/LoginTwoFactor?ReturnUrl=%2F", codePage);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/")).StatusCode);

        // The code that confirmed the set-up was seen once and may not be replayed.
        var replay = await CodeStepAsync(other, enabled.UsedCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("Mã xác thực không đúng hoặc đã được dùng.", await replay.Content.ReadAsStringAsync());

        var next = await CodeStepAsync(other, TotpCalculator.CodeAt(enabled.Key, DateTimeOffset.UtcNow.AddSeconds(30)));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/", BrowserSession.RedirectTarget(next));
        // A deputy lands on the leader dashboard, signed in as herself.
        Assert.Contains("Lê Thị Phương", await other.GetPageAsync("/Dashboard"));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_whatever_its_case()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.Statistician);
        var enabled = await EnableAsync(browser);

        using var phoneLost = host.NewBrowser();
        await PasswordStepAsync(phoneLost, DemoOrganisation.Statistician);
        var recovered = await CodeStepAsync(phoneLost, enabled.RecoveryCodes[3].ToLowerInvariant());
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phoneLost.GetAsync("/")).StatusCode);
        Assert.Contains("Còn 9 mã khôi phục chưa dùng.", await phoneLost.GetPageAsync("/Account/Security"));

        using var again = host.NewBrowser();
        await PasswordStepAsync(again, DemoOrganisation.Statistician);
        var reused = await CodeStepAsync(again, enabled.RecoveryCodes[3]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Mã xác thực không đúng hoặc đã được dùng.", await reused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_even_against_the_right_code()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.Administrator);
        var enabled = await EnableAsync(browser);

        using var guesser = host.NewBrowser();
        await PasswordStepAsync(guesser, DemoOrganisation.Administrator);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var wrong = await CodeStepAsync(guesser, WrongCode(enabled.Key));
            Assert.Contains("Mã xác thực không đúng hoặc đã được dùng.", await wrong.Content.ReadAsStringAsync());
        }

        // Wrong recovery codes count too.
        var wrongRecovery = await CodeStepAsync(guesser, "AAAAA-BBBBB");
        Assert.Contains("Mã xác thực không đúng hoặc đã được dùng.", await wrongRecovery.Content.ReadAsStringAsync());
        var fifth = await CodeStepAsync(guesser, WrongCode(enabled.Key));
        Assert.Contains("Vui lòng thử lại sau 15 phút.", await fifth.Content.ReadAsStringAsync());

        var right = await CodeStepAsync(guesser, TotpCalculator.CodeAt(enabled.Key, DateTimeOffset.UtcNow.AddSeconds(30)));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tạm thời bị khoá", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await guesser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Turning_off_needs_the_password_and_then_the_password_alone_signs_in()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.OtherHead);
        var enabled = await EnableAsync(browser);
        var before = await browser.GetPageAsync("/Account/Security");
        Assert.Contains("Đang bật.", before);

        var refused = await browser.SubmitAsync("/Account/Security?handler=DisableTwoFactor", new Dictionary<string, string> { ["DisablePassword"] = "SaiMatKhau123" }, formPage: "/Account/Security");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Mật khẩu hiện tại không đúng.", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Đang bật.", await browser.GetPageAsync("/Account/Security"));

        var off = await browser.SubmitAsync("/Account/Security?handler=DisableTwoFactor", new Dictionary<string, string> { ["DisablePassword"] = AccountsHost.NewPassword }, formPage: "/Account/Security");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var after = await browser.GetPageAsync("/Account/Security");
        Assert.Contains("Đã tắt xác thực hai bước.", after);
        Assert.Contains("Chưa bật.", after);

        using var other = host.NewBrowser();
        var login = await other.LoginAsync(DemoOrganisation.OtherHead, AccountsHost.NewPassword);
        Assert.Equal("/", BrowserSession.RedirectTarget(login));

        // Switching on again shows a new key: the old one is void.
        var setup = await browser.GetPageAsync("/Account/TwoFactor");
        Assert.DoesNotContain(enabled.Key, setup);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_and_void_the_old_ones()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.MilitaryHead);
        var enabled = await EnableAsync(browser);

        var refused = await browser.SubmitAsync("/Account/Security?handler=NewRecoveryCodes", new Dictionary<string, string> { ["DisablePassword"] = "" }, formPage: "/Account/Security");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Vui lòng nhập mật khẩu hiện tại.", await refused.Content.ReadAsStringAsync());

        var renewed = await browser.SubmitAsync("/Account/Security?handler=NewRecoveryCodes", new Dictionary<string, string> { ["DisablePassword"] = AccountsHost.NewPassword }, formPage: "/Account/Security");
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var fresh = System.Text.RegularExpressions.Regex.Matches(await renewed.Content.ReadAsStringAsync(), "<li><code>([^<]+)</code></li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(enabled.RecoveryCodes));

        using var old = host.NewBrowser();
        await PasswordStepAsync(old, DemoOrganisation.MilitaryHead);
        Assert.Equal(HttpStatusCode.OK, (await CodeStepAsync(old, enabled.RecoveryCodes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CodeStepAsync(old, fresh[0])).StatusCode);
    }

    [Fact]
    public async Task The_code_page_without_a_correct_password_first_sends_back_to_login()
    {
        using var browser = host.NewBrowser();
        var page = await browser.GetAsync("/Account/LoginTwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Account/Login", BrowserSession.RedirectTarget(page));

        var post = await browser.SubmitAsync("/Account/LoginTwoFactor", new Dictionary<string, string> { ["Code"] = "123456" }, formPage: "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }
}
