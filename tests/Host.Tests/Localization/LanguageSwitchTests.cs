using System.Net;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Api;

namespace Thads.Host.Tests.Localization;

/// <summary>Vietnamese by default; the header's switch turns the pages to English and back, remembered in a cookie.</summary>
public sealed class LanguageSwitchTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Pages_are_Vietnamese_by_default_even_for_an_English_browser()
    {
        using var browser = host.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var page = await (await browser.Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"vi\">", page);
        Assert.Contains("Hệ thống quản lý hồ sơ thi hành án dân sự", page);
    }

    [Fact]
    public async Task The_switch_turns_the_page_to_English_and_back()
    {
        using var browser = host.Anonymous();
        var switched = await SwitchAsync(browser, "en", "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Account/Login", BrowserSession.RedirectTarget(switched));

        var english = await browser.GetPageAsync("/Account/Login");
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Civil judgment enforcement case management", english);
        Assert.Contains(">Tiếng Việt</button>", english);

        await SwitchAsync(browser, "vi-VN", "/Account/Login");
        var vietnamese = await browser.GetPageAsync("/Account/Login");
        Assert.Contains("<html lang=\"vi\">", vietnamese);
        Assert.Contains(">English</button>", vietnamese);
    }

    [Fact]
    public async Task The_switch_refuses_a_post_without_the_antiforgery_token_and_never_redirects_off_site()
    {
        using var browser = host.Anonymous();
        var forged = await browser.Client.PostAsync("/Language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var offSite = await SwitchAsync(browser, "en", "https://evil.example/");
        Assert.Equal("/", BrowserSession.RedirectTarget(offSite));
    }

    private static Task<HttpResponseMessage> SwitchAsync(BrowserSession browser, string culture, string returnUrl) =>
        browser.SubmitAsync("/Language", new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = returnUrl }, formPage: "/Account/Login");
}
