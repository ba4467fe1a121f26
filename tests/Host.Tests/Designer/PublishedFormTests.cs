using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Api;
using Thads.Workflows.Standard;
using static Thads.Host.Tests.Api.ApiHost;

namespace Thads.Host.Tests.Designer;

/// <summary>A form an administrator publishes in the designer is the one open tasks show and check, in the API and on the page.</summary>
public sealed class PublishedFormTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_required_field_added_to_the_intake_form_is_shown_and_enforced_on_open_tasks()
    {
        await host.OpenCaseAsync("PF-001/2026");
        var task = await host.OpenTaskAsync("PF-001/2026", "receiveCase");

        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var latest = await JsonAsync(await admin.GetAsync("/api/admin/workflows/thads-enforcement/latest"));
        var intake = JsonNode.Parse(StandardProcesses.FormFiles()["intake"])!.AsObject();
        intake["components"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "textfield", ["id"] = "Field_registerNumber", ["key"] = "registerNumber",
            ["label"] = "Số vào sổ thụ lý", ["validate"] = new JsonObject { ["required"] = true },
        });
        var published = await admin.PostAsJsonAsync("/api/admin/workflows/thads-enforcement/publish", new
        {
            xml = latest["xml"]!.GetValue<string>(),
            comment = "Thêm số vào sổ thụ lý",
            baseVersion = latest["version"]!["version"]!.GetValue<int>(),
            forms = new Dictionary<string, JsonObject> { ["intake"] = intake },
        });
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());

        var clerk = await host.AsAsync(DemoOrganisation.Intake);
        var detail = await JsonAsync(await clerk.GetAsync($"/api/tasks/{task.Id}"));
        Assert.Contains(detail["form"]!["fields"]!.AsArray(), f => f!["key"]!.GetValue<string>() == "registerNumber");

        var refused = await clerk.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", ValidIntake());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await JsonAsync(refused))["errors"]!["registerNumber"]);

        var page = await new BrowserSession(clerk).GetPageAsync($"/Tasks/{task.Id}");
        Assert.Contains("Số vào sổ thụ lý", page);

        var fields = ValidIntake();
        fields["registerNumber"] = "125/TL";
        var completed = await clerk.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", fields);
        Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
    }
}
