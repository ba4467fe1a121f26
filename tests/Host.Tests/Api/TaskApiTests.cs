using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Thads.Enforcement.Demo;
using static Thads.Host.Tests.Api.ApiHost;

namespace Thads.Host.Tests.Api;

/// <summary>The task inbox, task page and completion through <c>/api/tasks</c>, on a real <c>thads-enforcement</c> instance.</summary>
public sealed class TaskApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Unit_inbox_shows_unclaimed_tasks_to_the_role_and_units_they_are_for()
    {
        await host.OpenCaseAsync("API-T-001");
        var task = await host.OpenTaskAsync("API-T-001", "receiveCase");

        var intake = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Intake)).GetAsync("/api/tasks?scope=unit&search=API-T-001"));
        var item = Assert.Single(intake["items"]!.AsArray());
        Assert.Equal(task.Id.ToString(), item!["id"]!.GetValue<string>());
        Assert.Equal("API-T-001", item["caseNumber"]!.GetValue<string>());
        Assert.Equal("intake", item["formKey"]!.GetValue<string>());
        Assert.False(item["overdue"]!.GetValue<bool>());
        Assert.Equal(1, intake["total"]!.GetValue<int>());

        // An executor is not an intake officer; another unit's head does not see DN's inbox.
        foreach (var other in new[] { DemoOrganisation.ExecutorAn, DemoOrganisation.MilitaryHead, DemoOrganisation.Head })
        {
            var page = await JsonAsync(await (await host.AsAsync(other)).GetAsync("/api/tasks?scope=unit&search=API-T-001"));
            Assert.Empty(page["items"]!.AsArray());
        }

        var mine = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Intake)).GetAsync("/api/tasks?scope=mine&search=API-T-001"));
        Assert.Empty(mine["items"]!.AsArray());
    }

    [Fact]
    public async Task Bad_inbox_parameters_are_named_in_errors()
    {
        var response = await (await host.AsAsync(DemoOrganisation.Intake)).GetAsync("/api/tasks?scope=all&page=0&pageSize=500");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("scope"));
        Assert.True(errors.ContainsKey("page"));
        Assert.True(errors.ContainsKey("pageSize"));
    }

    [Fact]
    public async Task Roles_without_tasks_are_refused_the_inbox()
    {
        var response = await (await host.AsAsync(DemoOrganisation.Accountant)).GetAsync("/api/tasks");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Task_page_carries_the_form_and_current_values_for_those_in_scope_only()
    {
        await host.OpenCaseAsync("API-T-002");
        var task = await host.OpenTaskAsync("API-T-002", "receiveCase");
        var path = $"/api/tasks/{task.Id}";

        var detail = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Intake)).GetAsync(path));
        Assert.True(detail["mayComplete"]!.GetValue<bool>());
        Assert.Equal("intake", detail["form"]!["id"]!.GetValue<string>());
        var fields = detail["form"]!["fields"]!.AsArray().Select(f => f!["key"]!.GetValue<string>()).ToList();
        Assert.Contains("intakePath", fields);
        Assert.Contains("amount", fields);
        Assert.Equal("API-T-002", detail["variables"]!["caseNumber"]!.GetValue<string>());
        Assert.Equal(51_500_000, detail["variables"]!["amount"]!.GetValue<long>());

        // The head reads the unit's tasks but this one is not for a leader.
        var leader = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Head)).GetAsync(path));
        Assert.False(leader["mayComplete"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.AsAsync(DemoOrganisation.MilitaryHead)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.AsAsync(DemoOrganisation.ExecutorAn)).GetAsync(path)).StatusCode);
        var missing = await (await host.AsAsync(DemoOrganisation.Intake)).GetAsync($"/api/tasks/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Completion_is_refused_to_other_units_other_roles_and_unassigned_executors_and_changes_nothing()
    {
        await host.OpenCaseAsync("API-T-003");
        var task = await host.OpenTaskAsync("API-T-003", "receiveCase");
        var path = $"/api/tasks/{task.Id}/complete";

        foreach (var user in new[] { DemoOrganisation.MilitaryHead, DemoOrganisation.ExecutorAn, DemoOrganisation.Head })
        {
            var response = await (await host.AsAsync(user)).PostAsJsonAsync(path, ValidIntake());
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(task.Id, (await host.OpenTaskAsync("API-T-003", "receiveCase")).Id);
    }

    [Fact]
    public async Task Submitted_values_are_checked_against_the_form_field_by_field()
    {
        await host.OpenCaseAsync("API-T-004");
        var task = await host.OpenTaskAsync("API-T-004", "receiveCase");
        var values = ValidIntake();
        values.Remove("court");
        values["intakePath"] = "khac";
        values["obligationKind"] = "khong-co";
        values["amount"] = -5;
        values["accepted"] = "có";
        values["receivedDate"] = "27/02/2026";
        values["unitCode"] = "QK5";

        var response = await (await host.AsAsync(DemoOrganisation.Intake)).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal("Dữ liệu không hợp lệ", problem["title"]!.GetValue<string>());
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(
            new[] { "accepted", "amount", "court", "intakePath", "obligationKind", "receivedDate", "unitCode" },
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("bắt buộc", errors["court"]![0]!.GetValue<string>());
        Assert.Contains("nhỏ hơn 0", errors["amount"]![0]!.GetValue<string>());
        Assert.Equal(task.Id, (await host.OpenTaskAsync("API-T-004", "receiveCase")).Id);

        var typed = ValidIntake();
        typed["amount"] = "nhiều";
        var wrongType = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Intake)).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", typed));
        Assert.Contains("phải là số", wrongType["errors"]!["amount"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_valid_completion_moves_the_process_and_a_second_one_conflicts()
    {
        await host.OpenCaseAsync("API-T-005");
        var task = await host.OpenTaskAsync("API-T-005", "receiveCase");
        var client = await host.AsAsync(DemoOrganisation.Intake);

        var first = await client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", ValidIntake());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await JsonAsync(first);
        Assert.Contains(body["nextTasks"]!.AsArray(), t => t!["elementId"]!.GetValue<string>() == "draftDecision");

        var second = await client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", ValidIntake());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Xung đột dữ liệu", (await JsonAsync(second))["title"]!.GetValue<string>());

        // A finished task of DN is still none of QK5's business: 403, not 409.
        var foreign = await (await host.AsAsync(DemoOrganisation.MilitaryHead)).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", ValidIntake());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [Fact]
    public async Task Malformed_body_gets_a_problem()
    {
        await host.OpenCaseAsync("API-T-006");
        var task = await host.OpenTaskAsync("API-T-006", "receiveCase");
        var response = await (await host.AsAsync(DemoOrganisation.Intake)).PostAsync(
            $"/api/tasks/{task.Id}/complete", new StringContent("[1,2", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
