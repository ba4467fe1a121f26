using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Thads.Host.Accounts;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Browser.Tests.Support;

/// <summary>
/// The real application on a Kestrel port of 127.0.0.1 with the demo organisation and accounts (one known initial
/// password), and Debian's Chromium driven by Playwright. One per test class: journeys in a class share the data.
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    public const string InitialPassword = "Khoidau2026";
    public const string NewPassword = "Matkhaumoi2026";

    private readonly HashSet<string> _passwordChanged = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserHost() : this(new Dictionary<string, string>())
    {
    }

    /// <summary>For fixtures that need more settings or services (a mail server, a clock); xunit wants one public constructor.</summary>
    protected BrowserHost(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string>(settings)
        {
            [DemoOptions.SeedKey] = "true",
            [DemoOptions.InitialPasswordKey] = InitialPassword,
        };
        Factory = new ThadsHostFactory(all, services);
    }

    public ThadsHostFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public virtual async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var status = await Factory.WaitForStartupAsync();
        if (status != StartupStatus.Ready)
        {
            throw new InvalidOperationException("The host did not start: " +
                string.Join(Environment.NewLine, Factory.Logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}")));
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(DebianChromium.LaunchOptions());
    }

    /// <summary>A fresh browser window (own cookies) at desktop size, Vietnamese, on this host.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Generous: on CI's two cores the first request of a cold application (the first case registered, the first
        // process started) can take many seconds; these limits are for hangs, not for speed.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login page; the first time for a user also replaces the initial password.</summary>
    public async Task SignInAsync(IPage page, string userName)
    {
        var first = _passwordChanged.Add(userName);
        await page.GotoAsync("/Account/Login");
        await page.Locator("input[name=UserName]").FillAsync(userName);
        await page.Locator("input[name=Password]").FillAsync(first ? InitialPassword : NewPassword);
        await page.Locator("form button[type=submit].primary").ClickAsync();
        if (first)
        {
            await page.WaitForURLAsync(url => url.Contains("/Account/ChangePassword", StringComparison.Ordinal));
            await page.Locator("input[name=CurrentPassword]").FillAsync(InitialPassword);
            await page.Locator("input[name=NewPassword]").FillAsync(NewPassword);
            await page.Locator("input[name=ConfirmPassword]").FillAsync(NewPassword);
            await page.Locator("form button[type=submit].primary").ClickAsync();
        }

        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
