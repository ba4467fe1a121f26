using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Demo;
using Thads.Host.Accounts;
using static Thads.Host.Tests.Accounts.ApiTokenSteps;

namespace Thads.Host.Tests.Accounts;

/// <summary>Idle timeout, absolute lifetime, sessions ended by a password change or a lockout, token expiry — on a moved clock.</summary>
public sealed class SessionTests(SessionHost host) : IClassFixture<SessionHost>
{
    [Fact]
    public async Task A_used_session_slides_and_an_idle_one_ends_after_thirty_minutes()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.Head);
        for (var i = 0; i < 4; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Tasks")).StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(31));
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task Even_a_busy_session_ends_at_its_absolute_lifetime()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.Deputy);
        for (var elapsed = 0; elapsed < 110; elapsed += 10)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Tasks")).StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(11));
        await AssertSignedOutAsync(browser);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_users_other_sessions_but_not_this_one()
    {
        using var first = host.NewBrowser();
        await first.SignInAndChangePasswordAsync(DemoOrganisation.Intake);
        using var second = host.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await second.LoginAsync(DemoOrganisation.Intake, AccountsHost.NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);

        var changed = await first.ChangePasswordAsync(AccountsHost.NewPassword, "Matkhaukhac2027");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);
        await AssertSignedOutAsync(second);
    }

    [Fact]
    public async Task Locking_an_account_ends_its_sessions_at_the_next_check()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.ExecutorAn);
        using (var scope = host.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(DemoOrganisation.ExecutorAn))!, DateTimeOffset.UtcNow.AddYears(1));
        }

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task A_token_works_through_its_last_day_and_not_after()
    {
        using var browser = host.NewBrowser();
        await browser.SignInAndChangePasswordAsync(DemoOrganisation.Statistician);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var token = await CreateAsync(browser, "Hết hạn hôm nay", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), await browser.GetPageAsync("/Account/Security"));

        using var script = Client(host.Factory, token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task The_session_cookie_is_HttpOnly_SameSite_and_Secure_over_https(string baseAddress, bool secure)
    {
        using var browser = host.NewBrowser(baseAddress);
        var login = await browser.LoginAsync(DemoOrganisation.Accountant, AccountsHost.InitialPassword);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("thads.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        // A browser-session cookie: the server-side ticket expiry ends the session, not the browser.
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task AssertSignedOutAsync(BrowserSession browser)
    {
        var response = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", BrowserSession.RedirectTarget(response));
    }
}
