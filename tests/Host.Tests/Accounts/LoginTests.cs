using System.Net;
using Thads.Enforcement.Demo;

namespace Thads.Host.Tests.Accounts;

/// <summary>Sign-in, lockout, the forced password change and sign-out through the real pages.</summary>
public sealed class LoginTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task Correct_password_signs_in_and_wrong_one_shows_a_vietnamese_error()
    {
        using var browser = host.NewBrowser();

        var wrong = await browser.LoginAsync(DemoOrganisation.Head, "SaiMatKhau123");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await wrong.Content.ReadAsStringAsync());

        var unknown = await browser.LoginAsync("khongco.dn", "SaiMatKhau123");
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await unknown.Content.ReadAsStringAsync());

        var right = await browser.LoginAsync(DemoOrganisation.Head, AccountsHost.InitialPassword);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains(right.Headers.GetValues("Set-Cookie"), c => c.StartsWith("thads.auth=", StringComparison.Ordinal)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one()
    {
        using var browser = host.NewBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await browser.LoginAsync(DemoOrganisation.Accountant, "SaiMatKhau123");
            Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await failed.Content.ReadAsStringAsync());
        }

        var fifth = await browser.LoginAsync(DemoOrganisation.Accountant, "SaiMatKhau123");
        Assert.Contains("Vui lòng thử lại sau 15 phút.", await fifth.Content.ReadAsStringAsync());

        var right = await browser.LoginAsync(DemoOrganisation.Accountant, AccountsHost.InitialPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tạm thời bị khoá", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.StartsWith("/Account/Login", BrowserSession.RedirectTarget(await browser.GetAsync("/")));
    }

    [Fact]
    public async Task Initial_password_sends_every_page_to_the_change_page_until_it_is_changed()
    {
        using var browser = host.NewBrowser();
        await browser.LoginAsync(DemoOrganisation.Statistician, AccountsHost.InitialPassword);

        var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/ChangePassword", BrowserSession.RedirectTarget(home));
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/anything")).StatusCode);

        var page = await browser.GetPageAsync("/Account/ChangePassword");
        Assert.Contains("ít nhất 10 ký tự", page);

        var tooWeak = await browser.ChangePasswordAsync(AccountsHost.InitialPassword, "ngan1");
        Assert.Equal(HttpStatusCode.OK, tooWeak.StatusCode);
        var tooWeakPage = await tooWeak.Content.ReadAsStringAsync();
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", tooWeakPage);
        Assert.Contains("chữ hoa", tooWeakPage);

        var wrongCurrent = await browser.ChangePasswordAsync("SaiMatKhau123", AccountsHost.NewPassword);
        Assert.Contains("Mật khẩu hiện tại không đúng.", await wrongCurrent.Content.ReadAsStringAsync());

        var changed = await browser.ChangePasswordAsync(AccountsHost.InitialPassword, AccountsHost.NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Xin chào Đặng Văn Kê", await browser.GetPageAsync("/"));

        using var again = host.NewBrowser();
        var withOld = await again.LoginAsync(DemoOrganisation.Statistician, AccountsHost.InitialPassword);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        var withNew = await again.LoginAsync(DemoOrganisation.Statistician, AccountsHost.NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Home_page_greets_the_person_with_unit_and_roles_and_logout_ends_the_session()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.ExecutorAn);

        var home = await browser.GetPageAsync("/");
        Assert.Contains("Xin chào Trần Văn An – Thi hành án dân sự thành phố Đà Nẵng", home);
        Assert.Contains("<li>Chấp hành viên</li>", home);
        Assert.Contains("Đăng xuất", home);

        var logout = await browser.SubmitAsync("/Account/Logout", new Dictionary<string, string>(), formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/Account/Login", BrowserSession.RedirectTarget(logout));

        var after = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", BrowserSession.RedirectTarget(after));
    }
}
