using System.Net;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Api;

namespace Thads.Host.Tests.Accounts;

/// <summary>The account, task and public pages in English after the header's switch; data and figures stay as entered.</summary>
public sealed class EnglishPagesTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Sign_in_errors_are_English()
    {
        using var browser = host.Anonymous();
        await SwitchToEnglishAsync(browser, "/Account/Login");
        var page = await (await browser.LoginAsync(DemoOrganisation.Head, "SaiMatKhau123")).Content.ReadAsStringAsync();
        Assert.Contains("Wrong user name or password.", page);
        Assert.Contains(">User name</label>", page);
        Assert.DoesNotContain("Tên đăng nhập", page);
    }

    [Fact]
    public async Task Home_security_and_inbox_are_English_for_a_signed_in_user()
    {
        var browser = await host.BrowserAsync(DemoOrganisation.ExecutorAn);
        await SwitchToEnglishAsync(browser, "/");

        var home = await browser.GetPageAsync("/");
        Assert.Contains("Hello Trần Văn An – Thi hành án dân sự thành phố Đà Nẵng", home);
        Assert.Contains("<li>Enforcement officer</li>", home);

        var security = await browser.GetPageAsync("/Account/Security");
        Assert.Contains("<h1>Account security</h1>", security);
        Assert.Contains("Turn on two-factor authentication", security);
        Assert.Contains("A session ends after 30 minutes without activity", security);

        var inbox = await browser.GetPageAsync("/Tasks");
        Assert.Contains(">My tasks</a>", inbox);
        Assert.Contains("Page 1/1", inbox);

        var bad = await browser.SubmitAsync("/Account/Security?handler=CreateToken", new Dictionary<string, string> { ["TokenName"] = "" }, formPage: "/Account/Security");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Please name the API token.", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_public_register_is_English_with_the_same_figures()
    {
        using var browser = host.Anonymous();
        await SwitchToEnglishAsync(browser, "/cong-khai");
        var page = await browser.GetPageAsync("/cong-khai");
        Assert.Contains("Judgment debtors without the means to satisfy the judgment", page);
        Assert.Contains("Search by name", page);
    }

    private static async Task SwitchToEnglishAsync(BrowserSession browser, string page)
    {
        var switched = await browser.SubmitAsync("/Language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = page }, formPage: page);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
    }
}
