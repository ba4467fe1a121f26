using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Demo;
using Thads.Host.Designer.Data;
using Thads.Host.Tests.Api;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Api.ApiHost;

namespace Thads.Host.Tests.Designer;

/// <summary>
/// <c>/api/admin/workflows</c> on the real application with the demo accounts: validate, publish, versions, drafts,
/// the instance view, and the 403 for everyone but administrators.
/// </summary>
public sealed class DesignerApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Key = "thads-handover";
    private const string Base = "/api/admin/workflows";

    [Theory]
    [InlineData(DemoOrganisation.Head)]
    [InlineData(DemoOrganisation.ExecutorAn)]
    [InlineData(DemoOrganisation.Statistician)]
    public async Task Everyone_but_administrators_gets_403_on_every_designer_call(string userName)
    {
        var client = await host.AsAsync(userName);
        var calls = new[]
        {
            client.GetAsync(Base),
            client.GetAsync($"{Base}/{Key}/latest"),
            client.PostAsJsonAsync($"{Base}/{Key}/validate", new { xml = "<x/>" }),
            client.PostAsJsonAsync($"{Base}/{Key}/publish", new { xml = "<x/>", comment = "c" }),
            client.PutAsJsonAsync($"{Base}/{Key}/draft", new { xml = "<x/>", baseVersion = 1 }),
            client.GetAsync($"{Base}/element-templates"),
        };
        foreach (var response in await Task.WhenAll(calls))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Anonymous_gets_401()
    {
        using var anonymous = host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Client.GetAsync(Base)).StatusCode);
    }

    [Fact]
    public async Task The_list_shows_every_standard_process_with_running_counts_per_version()
    {
        await host.OpenCaseAsync("DSG-L-001");
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var list = (await admin.GetFromJsonAsync<JsonArray>(Base))!;
        var keys = list.Select(w => w!["key"]!.GetValue<string>()).ToList();
        Assert.Contains("thads-enforcement", keys);
        Assert.Contains(Key, keys);

        var enforcement = list.Single(w => w!["key"]!.GetValue<string>() == "thads-enforcement")!;
        var running = await host.Engine.QueryInstancesAsync(new InstanceQuery { ProcessId = "thads-enforcement", Status = InstanceStatus.Running, Take = 1000 });
        Assert.True(running.Count >= 1);
        Assert.Equal(running.Count, enforcement["runningInstances"]!.GetValue<int>());
        Assert.Equal(running.Count, enforcement["versions"]!.AsArray().Sum(v => v!["runningInstances"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Validate_reports_problems_on_the_offending_elements_in_Vietnamese_and_stores_nothing()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var xml = await LatestXmlAsync(admin, Key);
        var broken = xml.Replace("<bpmn:userTask id=\"prepareHandover\"", "<bpmn:sendTask id=\"extraSend\" /><bpmn:userTask id=\"prepareHandover\"", StringComparison.Ordinal);
        Assert.NotEqual(xml, broken);
        var before = await VersionCountAsync(Key);

        var report = await (await admin.PostAsJsonAsync($"{Base}/{Key}/validate", new { xml = broken })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(report!["valid"]!.GetValue<bool>());
        var problem = report["problems"]!.AsArray().First(p => p!["elementId"]?.GetValue<string>() == "extraSend")!;
        Assert.Equal("unsupported-element", problem["code"]!.GetValue<string>());
        Assert.Equal("Phần tử này không được bộ máy quy trình hỗ trợ.", problem["message"]!.GetValue<string>());
        Assert.Equal(before, await VersionCountAsync(Key));

        var ok = await (await admin.PostAsJsonAsync($"{Base}/{Key}/validate", new { xml })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(ok!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Publishing_an_invalid_diagram_is_refused_with_422_and_nothing_is_stored()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var xml = await LatestXmlAsync(admin, "thads-exemption-review");
        var broken = xml.Replace("thads:activity=\"ExemptionEligibility\"", "thads:activity=\"NoSuchActivity\"", StringComparison.Ordinal);
        Assert.NotEqual(xml, broken);
        var before = await VersionCountAsync("thads-exemption-review");

        var response = await admin.PostAsJsonAsync($"{Base}/thads-exemption-review/publish", new { xml = broken, comment = "Thử hoạt động lạ" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Contains(problem["problems"]!.AsArray(), p => p!["code"]!.GetValue<string>() == "unknown-activity" && p["elementId"]!.GetValue<string>() == "checkEligibility");
        Assert.Equal(before, await VersionCountAsync("thads-exemption-review"));
        await using var db = await DesignerDbAsync();
        Assert.False(await db.Publications.AnyAsync(p => p.ProcessKey == "thads-exemption-review"));
    }

    [Fact]
    public async Task A_diagram_of_another_process_or_naming_a_missing_form_is_refused()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var other = await LatestXmlAsync(admin, "thads-delegation");
        var wrongKey = await JsonAsync(await admin.PostAsJsonAsync($"{Base}/thads-reverification/validate", new { xml = other }));
        Assert.Equal("wrong-process-key", Assert.Single(wrongKey["problems"]!.AsArray())!["code"]!.GetValue<string>());

        var handover = await LatestXmlAsync(admin, Key);
        var missingForm = handover.Replace("camunda:formKey=\"handover-prepare\"", "camunda:formKey=\"khong-co\"", StringComparison.Ordinal);
        Assert.NotEqual(handover, missingForm);
        var report = await JsonAsync(await admin.PostAsJsonAsync($"{Base}/{Key}/validate", new { xml = missingForm }));
        var problem = Assert.Single(report["problems"]!.AsArray())!;
        Assert.Equal("unknown-form", problem["code"]!.GetValue<string>());
        Assert.Equal("prepareHandover", problem["elementId"]!.GetValue<string>());

        // The same diagram passes once the form is sent along with it.
        var form = new JsonObject { ["id"] = "khong-co", ["type"] = "default", ["components"] = new JsonArray() };
        var withForm = await JsonAsync(await admin.PostAsJsonAsync($"{Base}/{Key}/validate", new { xml = missingForm, forms = new Dictionary<string, JsonObject> { ["khong-co"] = form } }));
        Assert.True(withForm["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Publish_makes_a_new_version_with_its_comment_and_refuses_a_stale_base_version()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var latest = await JsonAsync(await admin.GetAsync($"{Base}/thads-reverification/latest"));
        var baseVersion = latest["version"]!["version"]!.GetValue<int>();
        var xml = latest["xml"]!.GetValue<string>();
        var changed = xml.Replace("name=\"Xác minh lại điều kiện thi hành án\"", "name=\"Xác minh lại điều kiện thi hành\"", StringComparison.Ordinal);
        Assert.NotEqual(xml, changed);

        var missingComment = await admin.PostAsJsonAsync($"{Base}/thads-reverification/publish", new { xml = changed, baseVersion });
        Assert.Equal(HttpStatusCode.BadRequest, missingComment.StatusCode);
        Assert.True((await JsonAsync(missingComment))["errors"]!["comment"] is not null);

        var response = await admin.PostAsJsonAsync($"{Base}/thads-reverification/publish", new { xml = changed, comment = "Rút gọn tên bước", baseVersion });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var published = await JsonAsync(response);
        Assert.Equal(baseVersion + 1, published["version"]!.GetValue<int>());
        Assert.True(published["isNew"]!.GetValue<bool>());

        var versions = (await admin.GetFromJsonAsync<JsonArray>($"{Base}/thads-reverification"))!;
        Assert.Equal(baseVersion + 1, versions[0]!["version"]!.GetValue<int>());
        Assert.Equal("Rút gọn tên bước", versions[0]!["comment"]!.GetValue<string>());
        Assert.Equal(DemoOrganisation.Administrator, versions[0]!["deployedBy"]!.GetValue<string>());
        Assert.Equal(changed, (await JsonAsync(await admin.GetAsync($"{Base}/thads-reverification/versions/{baseVersion + 1}")))["xml"]!.GetValue<string>());
        Assert.Equal(xml, (await JsonAsync(await admin.GetAsync($"{Base}/thads-reverification/versions/{baseVersion}")))["xml"]!.GetValue<string>());

        var stale = await admin.PostAsJsonAsync($"{Base}/thads-reverification/publish", new { xml, comment = "Từ bản cũ", baseVersion });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(baseVersion + 1, await VersionCountAsync("thads-reverification"));
    }

    [Fact]
    public async Task A_draft_is_kept_per_user_until_discarded()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Base}/thads-delegation/draft")).StatusCode);

        var saved = await admin.PutAsJsonAsync($"{Base}/thads-delegation/draft", new { xml = "<bpmn:definitions>nháp</bpmn:definitions>", baseVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = await JsonAsync(await admin.GetAsync($"{Base}/thads-delegation/draft"));
        Assert.Equal("<bpmn:definitions>nháp</bpmn:definitions>", draft["xml"]!.GetValue<string>());
        Assert.Equal(1, draft["baseVersion"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Base}/thads-delegation/draft")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Base}/thads-delegation/draft")).StatusCode);
    }

    [Fact]
    public async Task The_instance_view_shows_completed_elements_tokens_and_open_tasks_on_its_own_version()
    {
        await host.OpenCaseAsync("DSG-I-001");
        var instance = (await host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = "DSG-I-001" })).Single();
        var admin = await host.AsAsync(DemoOrganisation.Administrator);

        var view = await JsonAsync(await admin.GetAsync($"{Base}/instances/{instance.Id}"));

        Assert.Equal("thads-enforcement", view["processId"]!.GetValue<string>());
        Assert.Equal(instance.DefinitionVersion, view["version"]!.GetValue<int>());
        Assert.Contains("<bpmn:process id=\"thads-enforcement\"", view["xml"]!.GetValue<string>());
        Assert.Equal(1, view["completed"]!["prepareCaseVariables"]!.GetValue<int>());
        Assert.Contains("receiveCase", view["active"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("receiveCase", Assert.Single(view["openTasks"]!.AsArray())!["elementId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Base}/instances/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Element_templates_are_the_THADS_activities_in_Vietnamese()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var templates = (await admin.GetFromJsonAsync<JsonArray>($"{Base}/element-templates"))!;
        var approval = templates.Single(t => t!["id"]!.GetValue<string>() == "thads.Approval")!;
        Assert.Equal("bpmn:ServiceTask", approval["elementType"]!["value"]!.GetValue<string>());
        Assert.Contains(approval["properties"]!.AsArray(), p => p!["binding"]!["name"]?.GetValue<string>() == "thads:activity" && p["value"]!.GetValue<string>() == "Approval");
    }

    private static async Task<string> LatestXmlAsync(HttpClient admin, string key) =>
        (await JsonAsync(await admin.GetAsync($"{Base}/{key}/latest")))["xml"]!.GetValue<string>();

    private async Task<int> VersionCountAsync(string key) => (await host.Engine.ListDefinitionsAsync(key)).Count;

    private async Task<DesignerDbContext> DesignerDbAsync() =>
        await host.Services.GetRequiredService<IDbContextFactory<DesignerDbContext>>().CreateDbContextAsync();
}
