using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Thads.Enforcement.Demo;
using static Thads.Host.Tests.Api.ApiHost;

namespace Thads.Host.Tests.Api;

/// <summary><c>/api/me</c>, <c>/api/cases</c>, the anonymous 401s and the OpenAPI document.</summary>
public sealed class CaseAndMeApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Theory]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/tasks?scope=unit")]
    [InlineData("GET", "/api/cases")]
    [InlineData("GET", "/api/cases/1")]
    [InlineData("GET", "/api/docs")]
    [InlineData("POST", "/api/tasks/0193a1a8-0000-7000-8000-000000000000/complete")]
    public async Task Anonymous_calls_get_401_problems(string method, string path)
    {
        using var anonymous = host.Anonymous();
        var response = await anonymous.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new JsonObject()) : null,
        });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Chưa đăng nhập", (await JsonAsync(response))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Me_names_the_person_unit_and_roles()
    {
        var me = await JsonAsync(await (await host.AsAsync(DemoOrganisation.ExecutorAn)).GetAsync("/api/me"));
        Assert.Equal(DemoOrganisation.ExecutorAn, me["userName"]!.GetValue<string>());
        Assert.Equal(DemoOrganisation.Province, me["unit"]!["code"]!.GetValue<string>());
        Assert.Equal(["Executor"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Case_page_is_for_the_unit_subtree_and_for_an_executor_only_when_assigned()
    {
        var id = await host.OpenCaseAsync("API-C-001");
        var path = $"/api/cases/{id}";

        foreach (var allowed in new[] { DemoOrganisation.Intake, DemoOrganisation.Head, DemoOrganisation.Accountant })
        {
            var response = await (await host.AsAsync(allowed)).GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var c = await JsonAsync(response);
            Assert.Equal("API-C-001", c["caseNumber"]!.GetValue<string>());
            Assert.Equal(2, c["parties"]!.AsArray().Count);
            Assert.Equal(51_500_000, c["obligations"]!.AsArray().Sum(o => o!["amount"]!.GetValue<long>()));
        }

        // Another unit, and an executor the case is not assigned to.
        foreach (var denied in new[] { DemoOrganisation.MilitaryHead, DemoOrganisation.OtherHead, DemoOrganisation.ExecutorAn })
        {
            var response = await (await host.AsAsync(denied)).GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await (await host.AsAsync(DemoOrganisation.Head)).GetAsync("/api/cases/987654")).StatusCode);
    }

    [Fact]
    public async Task Case_list_is_scoped_filtered_and_paged()
    {
        await host.OpenCaseAsync("API-L-001");
        await host.OpenCaseAsync("API-L-002");

        var head = await host.AsAsync(DemoOrganisation.Head);
        var all = await JsonAsync(await head.GetAsync("/api/cases?search=API-L-&pageSize=1"));
        Assert.Equal(2, all["total"]!.GetValue<int>());
        Assert.Single(all["items"]!.AsArray());
        Assert.Equal("API-L-002", all["items"]![0]!["caseNumber"]!.GetValue<string>());

        var byDebtor = await JsonAsync(await head.GetAsync($"/api/cases?search={Uri.EscapeDataString("Trần Văn Nợ")}&unit={await host.UnitIdAsync(DemoOrganisation.Province)}"));
        Assert.True(byDebtor["total"]!.GetValue<int>() >= 2);

        foreach (var outsider in new[] { DemoOrganisation.MilitaryHead, DemoOrganisation.ExecutorAn })
        {
            var page = await JsonAsync(await (await host.AsAsync(outsider)).GetAsync("/api/cases?search=API-L-"));
            Assert.Equal(0, page["total"]!.GetValue<int>());
        }

        // A unit outside the subtree is refused, not silently emptied.
        var foreignUnit = await head.GetAsync($"/api/cases?unit={await host.UnitIdAsync(DemoOrganisation.MilitaryRegion)}");
        Assert.Equal(HttpStatusCode.Forbidden, foreignUnit.StatusCode);

        var badStatus = await head.GetAsync("/api/cases?status=Lost");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.True((await JsonAsync(badStatus))["errors"]!.AsObject().ContainsKey("status"));
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api_and_the_reference_page_renders_it()
    {
        using var anonymous = host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Client.GetAsync("/openapi/v1.json")).StatusCode);

        var document = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Intake)).GetAsync("/openapi/v1.json"));
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Superset(
            new HashSet<string> { "/api/cases", "/api/cases/{id}", "/api/me", "/api/tasks", "/api/tasks/{id}", "/api/tasks/{id}/complete", "/api/dashboard", "/api/dashboard/cases", "/api/dashboard/tasks",
                "/api/cases/{id}/attachments", "/api/cases/{id}/attachments/{attachmentId}", "/api/cases/{id}/process.svg", "/api/cases/{id}/timeline" },
            paths.ToHashSet());
        // Only the API: no pages, no catch-all, no public feed mixed into the staff API's description.
        Assert.All(paths, p => Assert.StartsWith("/api/", p));
        Assert.DoesNotContain("/api/{path}", paths);
        Assert.Contains("/api/admin/workflows/{key}/publish", paths);
        Assert.NotNull(document["paths"]!["/api/tasks/{id}/complete"]!["post"]);

        var docs = await (await host.AsAsync(DemoOrganisation.Intake)).GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        var html = await docs.Content.ReadAsStringAsync();
        Assert.True(html.Contains("/api/tasks/{id}/complete", StringComparison.Ordinal), html);
        Assert.DoesNotContain("<script", html);
    }
}
