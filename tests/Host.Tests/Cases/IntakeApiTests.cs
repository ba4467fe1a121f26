using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Api;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Cases;

/// <summary><c>POST /api/cases</c>: intake through the API, with problem+json naming the invalid fields.</summary>
public sealed class IntakeApiTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task A_valid_intake_answers_201_with_the_case_and_its_first_task()
    {
        var client = (await host.AsAsync(DemoOrganisation.Head)).Client;
        var response = await client.PostAsJsonAsync("/api/cases", IntakeJsonBodies.Valid("API-IN-001"));
        await CasesHost.ExpectAsync(HttpStatusCode.Created, response);
        var body = await ApiHost.JsonAsync(response);
        var id = body["id"]!.GetValue<int>();
        Assert.Equal($"/api/cases/{id}", response.Headers.Location?.OriginalString);
        var task = body["openTasks"]!.AsArray().Single()!;
        Assert.Equal("Thụ lý, vào sổ hồ sơ", task["name"]!.GetValue<string>());

        var c = await host.QueryAsync(db => db.Cases.Include(x => x.Obligations).SingleAsync(x => x.Id == id));
        Assert.Equal(Enforcement.Cases.IntakePath.ExOfficio, c.IntakePath);
        Assert.Equal(new DateOnly(2026, 3, 1), c.JudgmentReceivedOn);
        Assert.Equal(10_200_000, c.Obligations.Sum(o => o.Amount));
        var snapshot = (await host.Engine.GetInstanceAsync(body["instanceId"]!.GetValue<Guid>()))!;
        Assert.Equal("chu-dong", snapshot.Variables["intakePath"]!.GetValue<string>());
        Assert.Equal("ngan-sach", snapshot.Variables["obligationKind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_fields_are_named_in_the_problem_and_nothing_is_saved()
    {
        var body = IntakeJsonBodies.Valid("API-IN-BAD");
        body["judgmentDate"] = "hôm qua";
        body["intakePath"] = "ByPigeon";
        body["parties"]![0]!["fullName"] = " ";
        body["obligations"]![1]!["amount"] = -5;
        body["obligations"]![0]!["debtorIndex"] = 7;
        var client = (await host.AsAsync(DemoOrganisation.Intake)).Client;

        var response = await client.PostAsJsonAsync("/api/cases", body);
        await CasesHost.ExpectAsync(HttpStatusCode.BadRequest, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiHost.JsonAsync(response);
        Assert.Equal("Dữ liệu không hợp lệ", problem["title"]!.GetValue<string>());
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("không phải ngày hợp lệ", Message(errors, "judgmentDate"));
        Assert.Contains("ByPigeon", Message(errors, "intakePath"));
        Assert.Contains("chưa nhập", Message(errors, "parties[0].fullName"));
        Assert.Contains("phải lớn hơn 0 đồng", Message(errors, "obligations[1].amount"));
        Assert.Contains("không có đương sự thứ 8", Message(errors, "obligations[0].debtorIndex"));
        Assert.False(await host.QueryAsync(db => db.Cases.AnyAsync(c => c.CaseNumber == "API-IN-BAD")));

        // A misspelt field is refused by name, not dropped.
        var typo = IntakeJsonBodies.Valid("API-IN-TYPO");
        typo["courName"] = "x";
        var refused = await client.PostAsJsonAsync("/api/cases", typo);
        await CasesHost.ExpectAsync(HttpStatusCode.BadRequest, refused);
        Assert.True((await ApiHost.JsonAsync(refused))["errors"]!.AsObject().ContainsKey("courName"));
        Assert.Empty(await host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = "API-IN-TYPO" }));
    }

    [Fact]
    public async Task Roles_and_scope_are_enforced()
    {
        foreach (var refused in new[] { DemoOrganisation.ExecutorAn, DemoOrganisation.Statistician, DemoOrganisation.Accountant, DemoOrganisation.Administrator })
        {
            var response = await (await host.AsAsync(refused)).Client.PostAsJsonAsync("/api/cases", IntakeJsonBodies.Valid("API-IN-ROLE"));
            await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, response);
        }

        var body = IntakeJsonBodies.Valid("API-IN-SCOPE");
        body["unitCode"] = DemoOrganisation.OtherProvince;
        var outside = await (await host.AsAsync(DemoOrganisation.Head)).Client.PostAsJsonAsync("/api/cases", body);
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, outside);
        Assert.Contains("nằm ngoài phạm vi", (await ApiHost.JsonAsync(outside))["detail"]!.GetValue<string>());

        Assert.False(await host.QueryAsync(db => db.Cases.AnyAsync(c => c.CaseNumber.StartsWith("API-IN-ROLE") || c.CaseNumber == "API-IN-SCOPE")));
        var anonymous = await host.Anonymous().Client.PostAsJsonAsync("/api/cases", IntakeJsonBodies.Valid("API-IN-ANON"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static string Message(JsonObject errors, string key)
    {
        Assert.True(errors.ContainsKey(key), $"No error for {key}: {errors.ToJsonString()}");
        return string.Join(" ", errors[key]!.AsArray().Select(m => m!.GetValue<string>()));
    }
}
