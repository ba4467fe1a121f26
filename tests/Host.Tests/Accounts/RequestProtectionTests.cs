using System.Net;
using Thads.Enforcement.Demo;

namespace Thads.Host.Tests.Accounts;

/// <summary>What an anonymous caller or a forged form gets: redirects for pages, 401 for the API, 400 without a token.</summary>
public sealed class RequestProtectionTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Theory]
    [InlineData("/api/anything")]
    [InlineData("/api/cases/1")]
    public async Task Anonymous_api_calls_get_401_not_a_login_redirect(string path)
    {
        using var browser = host.NewBrowser();
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Anonymous_page_requests_redirect_to_login_with_the_return_address()
    {
        using var browser = host.NewBrowser();
        var response = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login?ReturnUrl=%2F", BrowserSession.RedirectTarget(response));
    }

    [Fact]
    public async Task Login_page_health_and_stylesheet_stay_public()
    {
        using var browser = host.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/css/site.css")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_signs_no_one_in()
    {
        using var browser = host.NewBrowser();
        _ = await browser.GetPageAsync("/Account/Login");
        var forged = await browser.Client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = DemoOrganisation.Head,
            ["Password"] = AccountsHost.InitialPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(forged.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("thads.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Signed_in_api_calls_pass_authentication()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.Intake);
        // No API endpoints exist yet: past authentication an unknown path is simply not found.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/api/anything")).StatusCode);
    }
}
