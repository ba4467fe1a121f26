using Thads.Enforcement.Demo;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Api;

namespace Thads.Host.Tests.Pages;

/// <summary>The inbox pages twenty tasks at a time, and its links lead to the next page.</summary>
public sealed class TaskInboxPagingTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task The_second_page_shows_the_rest_and_the_link_to_it_works()
    {
        for (var i = 1; i <= 23; i++)
        {
            await host.OpenCaseAsync($"PGN-{i:000}/2026");
        }

        var intake = new BrowserSession(await host.AsAsync(DemoOrganisation.Intake));
        var first = await intake.GetPageAsync("/Tasks?tab=unit&q=PGN-");
        Assert.Contains("1/2 (23", first);
        var next = System.Text.RegularExpressions.Regex.Match(first, "<a href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value;
        Assert.NotEmpty(next);

        var second = await intake.GetPageAsync(System.Net.WebUtility.HtmlDecode(next));
        Assert.Contains("2/2 (23", second);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(second, "<td>PGN-").Count);
    }
}
