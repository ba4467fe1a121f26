using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Demo;

namespace Thads.Host.Tests.Dashboard;

/// <summary>The dashboard pages: the leader's landing page, its counts linking to lists of cases and tasks, for leaders only.</summary>
[Collection(DemoHostCollection.Name)]
public sealed partial class DashboardPageTests(DemoHost host)
{
    [Fact]
    public async Task A_leader_lands_on_the_dashboard_and_everyone_else_on_the_home_page_with_the_inbox()
    {
        var leader = await host.AsAsync(DemoOrganisation.Head);
        var home = await leader.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Dashboard", BrowserSession.RedirectTarget(home));

        var executor = await host.AsAsync(DemoOrganisation.ExecutorAn);
        var page = await executor.GetPageAsync("/");
        Assert.Contains("href=\"/Tasks\"", page);
        Assert.DoesNotContain("href=\"/Dashboard\"", page);
    }

    [Fact]
    public async Task The_dashboard_shows_every_count_as_a_link_to_its_list_and_stays_small()
    {
        var leader = await host.AsAsync(DemoOrganisation.Head);
        var response = await leader.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(page.Length < 300_000, $"{page.Length} bytes");
        Assert.Contains("href=\"/Dashboard\"", page);
        Assert.Contains("<meta name=\"viewport\"", page);

        var summary = (await leader.Client.GetFromJsonAsync<JsonObject>("/api/dashboard"))!;
        foreach (var name in new[] { "approvals", "lateVerifications", "reverificationsDue", "reverificationsOverdue", "exemptionEligible", "voluntaryEnding", "leaderTasks" })
        {
            var link = (string)summary[name]!["link"]!;
            Assert.Contains($"href=\"{WebUtility.HtmlEncode(link)}\"", page);
        }

        foreach (var executor in summary["executors"]!.AsArray())
        {
            Assert.Contains(WebUtility.HtmlEncode((string)executor!["openCases"]!["link"]!), page);
            Assert.Contains(WebUtility.HtmlEncode((string)executor["overdueTasks"]!["link"]!), page);
        }
    }

    [Fact]
    public async Task A_case_list_page_shows_as_many_cases_as_the_count_each_linked_to_its_case_page()
    {
        var leader = await host.AsAsync(DemoOrganisation.Head);
        var summary = (await leader.Client.GetFromJsonAsync<JsonObject>("/api/dashboard"))!;
        foreach (var name in new[] { "lateVerifications", "reverificationsDue", "exemptionEligible", "voluntaryEnding" })
        {
            var count = (int)summary[name]!["count"]!;
            var page = await leader.GetPageAsync((string)summary[name]!["link"]!);
            var api = (await leader.Client.GetFromJsonAsync<JsonObject>((string)summary[name]!["api"]!))!;
            Assert.Equal(Math.Min(count, 20), CaseLink().Matches(page).Count);
            foreach (var item in api["items"]!.AsArray())
            {
                Assert.Contains($"<a href=\"/Cases/{(int)item!["id"]!}\">{WebUtility.HtmlEncode((string)item["caseNumber"]!)}</a>", page);
            }

            Assert.Contains($"({count} hồ sơ)", page);
        }
    }

    [Fact]
    public async Task A_task_list_page_links_each_task_and_its_case()
    {
        var leader = await host.AsAsync(DemoOrganisation.Head);
        var page = await leader.GetPageAsync("/Dashboard/Tasks?list=approvals");
        var api = (await leader.Client.GetFromJsonAsync<JsonObject>("/api/dashboard/tasks?list=approvals"))!;
        Assert.NotEmpty(api["items"]!.AsArray());
        foreach (var task in api["items"]!.AsArray())
        {
            Assert.Contains($"href=\"/Tasks/{(string)task!["id"]!}\"", page);
            Assert.Contains($"href=\"/Cases/{(int)task["caseId"]!}\"", page);
        }
    }

    [Fact]
    public async Task The_regional_office_leader_page_lists_only_the_office_executors()
    {
        var page = await (await host.AsAsync(DemoStaff.HeadOffice1)).GetPageAsync("/Dashboard");
        Assert.Contains("(chv.dung)", page);
        Assert.Contains("(chv.hanh)", page);
        Assert.DoesNotContain("(chv.an)", page);
        Assert.DoesNotContain("(chv.khoa)", page);
        var other = await (await host.AsAsync(DemoStaff.HeadOffice1)).GetAsync($"/Dashboard/Cases?list=executor-cases&executor={DemoOrganisation.ExecutorAn}");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", BrowserSession.RedirectTarget(other));
    }

    [Fact]
    public async Task The_workload_page_lists_every_executor_of_the_units_with_links_to_their_lists()
    {
        var leader = await host.AsAsync(DemoOrganisation.Head);
        var page = await leader.GetPageAsync("/Dashboard/Executors");
        var summary = (await leader.Client.GetFromJsonAsync<JsonObject>("/api/dashboard"))!;
        var executors = summary["executors"]!.AsArray();
        Assert.Equal(6, executors.Count);
        foreach (var executor in executors)
        {
            Assert.Contains($"({(string)executor!["userName"]!})", page);
            Assert.Contains(WebUtility.HtmlEncode((string)executor["openTasks"]!["link"]!), page);
        }

        Assert.Contains("(6 chấp hành viên)", page);
    }

    [Theory]
    [InlineData(DemoOrganisation.ExecutorBinh, "/Dashboard")]
    [InlineData(DemoOrganisation.ExecutorAn, "/Dashboard/Executors")]
    [InlineData(DemoOrganisation.Intake, "/Dashboard/Cases?list=late-verifications")]
    [InlineData(DemoOrganisation.Statistician, "/Dashboard/Tasks?list=approvals")]
    public async Task Non_leaders_are_sent_to_the_access_denied_page(string userName, string path)
    {
        var response = await (await host.AsAsync(userName)).GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", BrowserSession.RedirectTarget(response));
    }

    [Fact]
    public async Task An_unknown_list_is_not_found()
    {
        var response = await (await host.AsAsync(DemoOrganisation.Head)).GetAsync("/Dashboard/Cases?list=everything");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("<a href=\"/Cases/\\d+\">")]
    private static partial Regex CaseLink();
}
