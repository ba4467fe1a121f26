using Microsoft.Playwright;
using Thads.Host.Tests.Support;

namespace Thads.Browser.Tests.Support;

/// <summary>
/// Numbered full-page screenshots of a journey under <c>tests/artifacts/screenshots/&lt;journey&gt;/</c> (not committed),
/// so a reviewer can see each step a test went through.
/// </summary>
public sealed class Screenshots(string journey)
{
    private int _step;

    public string Directory { get; } = Path.Combine(RepositoryRoot.Path, "tests", "artifacts", "screenshots", journey);

    public async Task<string> TakeAsync(IPage page, string step)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{++_step:00}-{step}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
