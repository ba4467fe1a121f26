using Microsoft.Playwright;

namespace Thads.Browser.Tests.Support;

/// <summary>
/// Debian's <c>chromium</c> package (installed by <c>./build.sh test</c>); Playwright's own browser download is never
/// used, so the tests run offline.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium package (./build.sh test does).");
        }

        return new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                // A Vietnamese browser, as in the agencies: date inputs show dd/mm/yyyy.
                "--lang=vi-VN",
            ],
        };
    }
}
