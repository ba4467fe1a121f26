using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Demo;

namespace Thads.Host.Tests.Accounts;

/// <summary>
/// Every Razor page refuses a POST without the antiforgery token (400), whoever sends it, so a new page's form is
/// protected without anyone remembering to. The pages are found from the application's own endpoints.
/// </summary>
public sealed class FormForgeryTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task Every_page_refuses_a_post_without_the_antiforgery_token()
    {
        var pages = PagePaths();
        Assert.Contains("/Account/Security", pages);
        Assert.Contains("/Account/LoginTwoFactor", pages);
        Assert.Contains("/Language", pages);

        using var signedIn = host.NewBrowser();
        await signedIn.SignInAndChangePasswordAsync(DemoOrganisation.Head);
        using var anonymous = host.NewBrowser();
        var accepted = new List<string>();
        foreach (var path in pages)
        {
            foreach (var browser in new[] { signedIn, anonymous })
            {
                foreach (var handler in new[] { "", "?handler=CreateToken", "?handler=DisableTwoFactor" })
                {
                    var response = await browser.Client.PostAsync(path + handler, new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["TokenName"] = "forged", ["DisablePassword"] = AccountsHost.NewPassword, ["culture"] = "en",
                    }));
                    // Anonymous requests to protected pages are sent to the login page first, and pages of another role are
                    // refused before the form is read; everything else must be refused as forged.
                    var target = BrowserSession.RedirectTarget(response) ?? "";
                    var refusedFirst = response.StatusCode == HttpStatusCode.Forbidden
                        || (response.StatusCode == HttpStatusCode.Redirect && target.StartsWith("/Account/AccessDenied", StringComparison.Ordinal));
                    if (response.StatusCode != HttpStatusCode.BadRequest && !refusedFirst
                        && !(browser == anonymous && response.StatusCode == HttpStatusCode.Redirect && target.StartsWith("/Account/Login?", StringComparison.Ordinal)))
                    {
                        accepted.Add($"{(browser == anonymous ? "anonymous" : "signed in")} POST {path}{handler}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(accepted.Count == 0, string.Join('\n', accepted));
        Assert.DoesNotContain("forged", await signedIn.GetPageAsync("/Account/Security"));
    }

    [Fact]
    public void No_page_switches_antiforgery_off()
    {
        var pageModels = typeof(Thads.Host.Pages.IndexModel).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(pageModels);
        var off = pageModels.Where(t => t.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null
            || t.GetMethods().Any(m => m.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null)).Select(t => t.FullName);
        Assert.Empty(off);
    }

    private List<string> PagePaths() => host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null)
        // An int-constrained parameter needs a number, or the route does not match at all (404 instead of the page).
        .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText ?? "", @"\{[^}]+\}",
            m => m.Value.Contains(":int", StringComparison.Ordinal) || m.Value.Contains(":long", StringComparison.Ordinal) ? "1" : Guid.NewGuid().ToString()))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();
}
