using Thads.Browser.Tests.Support;
using Thads.Enforcement.Demo;

namespace Thads.Browser.Tests.Journeys;

/// <summary>A newcomer's first minute in a real browser: sign in with the printed password, replace it, reach the inbox.</summary>
public sealed class SignInJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task An_executor_signs_in_replaces_the_initial_password_and_reaches_the_inbox()
    {
        var shots = new Screenshots("sign-in");
        var page = await host.NewPageAsync();

        await page.GotoAsync("/Tasks");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await shots.TakeAsync(page, "login");

        await host.SignInAsync(page, DemoOrganisation.ExecutorAn);
        await page.GotoAsync("/Tasks");
        Assert.Equal("Hộp công việc", await page.Locator("header nav a[href='/Tasks']").InnerTextAsync());
        await shots.TakeAsync(page, "inbox");
        Assert.True(File.Exists(Path.Combine(shots.Directory, "02-inbox.png")));
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_user_on_the_login_page_with_an_error()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("input[name=UserName]").FillAsync(DemoOrganisation.Intake);
        await page.Locator("input[name=Password]").FillAsync("sai-mat-khau");
        await page.Locator("form button[type=submit].primary").ClickAsync();

        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        Assert.NotEmpty(await page.Locator(".error[role=alert]").InnerTextAsync());
    }

    [Fact]
    public async Task The_language_switch_turns_the_header_to_English()
    {
        var page = await host.NewPageAsync();
        await host.SignInAsync(page, DemoOrganisation.Statistician);
        await page.GotoAsync("/Tasks");
        await page.Locator("header button[value=en]").ClickAsync();
        await page.WaitForSelectorAsync("html[lang=en]");
        Assert.Equal("Task inbox", await page.Locator("header nav a[href='/Tasks']").InnerTextAsync());
    }
}
