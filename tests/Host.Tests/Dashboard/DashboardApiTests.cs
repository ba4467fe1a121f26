using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Exemption;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Tests.Demo;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Dashboard;

/// <summary>
/// The leader dashboard over the demo data: every count equals the list it links to, the lists hold what the legal
/// rules, the engine and the case service say independently, a regional office's leader sees only that office, and
/// nobody but a leader gets in.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class DashboardApiTests(DemoHost host)
{
    private DateOnly Today => VietnamTime.DateOf(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Every_count_of_the_province_dashboard_equals_the_list_it_links_to()
    {
        var client = (await host.AsAsync(DemoOrganisation.Head)).Client;
        var summary = await GetAsync(client, "/api/dashboard");
        var counts = Counts(summary).ToList();
        Assert.True(counts.Count >= 8 + 3 * 6, $"only {counts.Count} counts");

        foreach (var count in counts)
        {
            var page = await GetAsync(client, (string)count["api"]! + "&pageSize=100");
            var items = page["items"]!.AsArray();
            Assert.True((int)count["count"]! == (int)page["total"]!, $"{count["api"]}: dashboard {count["count"]}, list total {page["total"]}");
            Assert.Equal(Math.Min((int)count["count"]!, 100), items.Count);
            Assert.Equal(items.Count, items.Select(i => (string)i!["id"]!.ToString()).Distinct().Count());
        }
    }

    [Fact]
    public async Task The_demo_data_gives_the_province_dashboard_something_in_every_count()
    {
        var summary = await GetAsync((await host.AsAsync(DemoOrganisation.Head)).Client, "/api/dashboard");
        Assert.Equal([DemoOrganisation.Province, DemoOrganisation.RegionalOffice1, DemoOrganisation.RegionalOffice2], summary["scopeUnits"]!.AsArray().Select(u => (string)u!));
        foreach (var name in new[] { "approvals", "leaderTasks", "lateVerifications", "reverificationsDue", "reverificationsOverdue", "exemptionEligible", "voluntaryEnding" })
        {
            Assert.True((int)summary[name]!["count"]! > 0, $"{name} is 0");
        }

        Assert.Equal(2, (int)summary["exemptionEligible"]!["count"]!);
        Assert.Contains(summary["approvalsByKind"]!.AsArray(), k => (string)k!["elementId"]! == "approveDecision");
        // The exemption review ran a few days ago for the carried-over cases: its W17 alerts are recent.
        Assert.Contains(summary["recentAlerts"]!.AsArray(), a => (string)a!["rule"]! == "W17-du-dieu-kien-mien-giam" && (int)a["cases"]!["count"]! == 2);
        var executors = summary["executors"]!.AsArray().Select(e => (string)e!["userName"]!).ToList();
        Assert.Contains(DemoOrganisation.ExecutorAn, executors);
        Assert.Contains(DemoStaff.ExecutorDung, executors);
        Assert.DoesNotContain(DemoStaff.ExecutorSang, executors);
    }

    [Fact]
    public async Task The_lists_hold_what_the_legal_rules_the_engine_and_the_case_service_say_case_by_case()
    {
        var client = (await host.AsAsync(DemoOrganisation.Head)).Client;
        var rules = host.Services.GetRequiredService<LegalRules>();
        var cases = host.Services.GetRequiredService<CaseService>();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var province = await db.Units.AsNoTracking().Where(u => u.Code.StartsWith(DemoOrganisation.Province)).ToListAsync();
        var unitIds = province.Select(u => u.Id).ToHashSet();
        var all = new List<EnforcementCase>();
        foreach (var id in await db.Cases.AsNoTracking().Where(c => unitIds.Contains(c.UnitId)).Select(c => c.Id).ToListAsync())
        {
            all.Add((await cases.GetAsync(id))!);
        }

        // Late first verification: the voluntary period's end plus ten days (Art. 44) is before today, no verification yet.
        var late = all.Where(c => c.Status is EnforcementStatus.VoluntaryPeriod or EnforcementStatus.Verifying && c.FirstVerifiedOn is null
            && c.VoluntaryPeriodEndsOn is { } end && rules.Due(LegalRuleNames.Verification, end).DueDate < Today).Select(c => c.CaseNumber);
        Assert.Equal(late.Order(), await NumbersAsync(client, "late-verifications"));

        // Re-verification: six months (a year for a prisoner or an unknown address) from the last verification, within 15 days.
        DateOnly ReverifyBy(EnforcementCase c) => rules.Due(LegalRuleNames.Reverification, c.LastVerifiedOn!.Value,
            c.Verifications.OrderBy(v => v.VerifiedOn).ThenBy(v => v.Id).Last().NoConditionsReason?.ReverificationKind()).DueDate;
        var noConditions = all.Where(c => c.Status == EnforcementStatus.NoConditions && c.LastVerifiedOn is not null).ToList();
        Assert.Equal(noConditions.Where(c => ReverifyBy(c) <= Today.AddDays(15)).Select(c => c.CaseNumber).Order(), await NumbersAsync(client, "reverifications-due"));
        Assert.Equal(noConditions.Where(c => ReverifyBy(c) < Today).Select(c => c.CaseNumber).Order(), await NumbersAsync(client, "reverifications-overdue"));

        // Exemption: the case service's own evaluation of each state-budget obligation (Art. 61).
        var eligible = new List<string>();
        foreach (var c in noConditions)
        {
            if ((await cases.ExemptionAsync(c.Id, Today)).Any(e => e.Assessment.Outcome == ExemptionOutcome.Eligible))
            {
                eligible.Add(c.CaseNumber);
            }
        }

        Assert.Equal(eligible.Order(), await NumbersAsync(client, "exemption-eligible"));

        var ending = all.Where(c => c.Status == EnforcementStatus.VoluntaryPeriod && c.VoluntaryPeriodEndsOn >= Today && c.VoluntaryPeriodEndsOn <= Today.AddDays(3));
        Assert.Equal(ending.Select(c => c.CaseNumber).Order(), await NumbersAsync(client, "voluntary-ending"));

        // Approvals: the engine's open approval tasks of the province and its offices.
        var codes = province.Select(u => u.Code).ToHashSet();
        var approvals = (await engine.QueryTasksAsync(new TaskQuery { CandidateRole = "leader", Take = int.MaxValue }))
            .Where(t => codes.Contains(t.CandidateUnit!) && t.FormKey == "approval").Select(t => t.Id.ToString()).Order();
        var listed = (await GetAsync(client, "/api/dashboard/tasks?list=approvals&pageSize=100"))["items"]!.AsArray().Select(t => (string)t!["id"]!).Order();
        Assert.Equal(approvals, listed);

        // An executor's open tasks: the engine's tasks assigned to them.
        var mine = await engine.QueryTasksAsync(new TaskQuery { Assignee = DemoOrganisation.ExecutorAn, Take = int.MaxValue });
        var shown = await GetAsync(client, $"/api/dashboard/tasks?list=executor-tasks&executor={DemoOrganisation.ExecutorAn}&pageSize=100");
        Assert.Equal(mine.Select(t => t.Id.ToString()).Order(), shown["items"]!.AsArray().Select(t => (string)t!["id"]!).Order());
        var overdue = await GetAsync(client, $"/api/dashboard/tasks?list=executor-overdue&executor={DemoOrganisation.ExecutorAn}&pageSize=100");
        Assert.Equal(mine.Where(t => t.DueAt < DateTimeOffset.UtcNow).Select(t => t.Id.ToString()).Order(), overdue["items"]!.AsArray().Select(t => (string)t!["id"]!).Order());
    }

    [Fact]
    public async Task A_regional_office_leader_sees_only_that_office()
    {
        var client = (await host.AsAsync(DemoStaff.HeadOffice1)).Client;
        var summary = await GetAsync(client, "/api/dashboard");
        Assert.Equal([DemoOrganisation.RegionalOffice1], summary["scopeUnits"]!.AsArray().Select(u => (string)u!));
        Assert.All(summary["executors"]!.AsArray(), e => Assert.Equal(DemoOrganisation.RegionalOffice1, (string)e!["unitCode"]!));
        Assert.Equal([DemoStaff.ExecutorDung, DemoStaff.ExecutorHanh], summary["executors"]!.AsArray().Select(e => (string)e!["userName"]!).Order());

        var seen = 0;
        foreach (var count in Counts(summary))
        {
            var items = (await GetAsync(client, (string)count["api"]! + "&pageSize=100"))["items"]!.AsArray();
            foreach (var item in items)
            {
                seen++;
                var unit = (string?)item!["unitCode"];
                Assert.True(unit == DemoOrganisation.RegionalOffice1, $"{count["api"]}: {item}");
            }
        }

        Assert.True(seen > 5, $"the office's dashboard lists only {seen} rows");
        var province = await GetAsync((await host.AsAsync(DemoOrganisation.Head)).Client, "/api/dashboard");
        Assert.True((int)province["lateVerifications"]!["count"]! > (int)summary["lateVerifications"]!["count"]!);

        // Another unit's executor is not theirs to look at.
        var other = await client.GetAsync($"/api/dashboard/cases?list=executor-cases&executor={DemoOrganisation.ExecutorAn}");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(DemoOrganisation.ExecutorAn)]
    [InlineData(DemoOrganisation.Intake)]
    [InlineData(DemoOrganisation.Statistician)]
    [InlineData(DemoOrganisation.Accountant)]
    [InlineData(DemoOrganisation.Administrator)]
    public async Task Anyone_but_a_leader_is_refused(string userName)
    {
        var client = (await host.AsAsync(userName)).Client;
        foreach (var path in new[] { "/api/dashboard", "/api/dashboard/cases?list=late-verifications", "/api/dashboard/tasks?list=approvals" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task Without_signing_in_the_api_answers_401()
    {
        using var browser = host.NewBrowser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/dashboard")).StatusCode);
    }

    [Fact]
    public async Task Bad_list_parameters_are_refused_naming_the_field()
    {
        var client = (await host.AsAsync(DemoOrganisation.Deputy)).Client;
        async Task<JsonObject> RefusedAsync(string path)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }

        Assert.Contains("late-verifications", (string)(await RefusedAsync("/api/dashboard/cases?list=everything"))["errors"]!["list"]![0]!);
        Assert.NotNull((await RefusedAsync("/api/dashboard/cases?list=executor-cases"))["errors"]!["executor"]);
        Assert.NotNull((await RefusedAsync("/api/dashboard/cases?list=alerts"))["errors"]!["rule"]);
        Assert.NotNull((await RefusedAsync("/api/dashboard/tasks?list=approvals&pageSize=500"))["errors"]!["pageSize"]);
        Assert.NotNull((await RefusedAsync("/api/dashboard/tasks?list=late-verifications"))["errors"]!["list"]);
    }

    [Fact]
    public async Task The_endpoints_are_described_in_the_OpenAPI_document()
    {
        var document = (await (await host.AsAsync(DemoOrganisation.Head)).Client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/dashboard"));
        Assert.True(paths.ContainsKey("/api/dashboard/cases"));
        Assert.True(paths.ContainsKey("/api/dashboard/tasks"));
    }

    /// <summary>Every count of a summary, each with its list's API address.</summary>
    private static IEnumerable<JsonObject> Counts(JsonObject summary)
    {
        foreach (var name in new[] { "approvals", "leaderTasks", "lateVerifications", "reverificationsDue", "reverificationsOverdue", "exemptionEligible", "voluntaryEnding" })
        {
            yield return summary[name]!.AsObject();
        }

        foreach (var alert in summary["recentAlerts"]!.AsArray())
        {
            yield return alert!["cases"]!.AsObject();
        }

        foreach (var executor in summary["executors"]!.AsArray())
        {
            yield return executor!["openCases"]!.AsObject();
            yield return executor["openTasks"]!.AsObject();
            yield return executor["overdueTasks"]!.AsObject();
        }
    }

    private async Task<List<string>> NumbersAsync(HttpClient client, string list) =>
        (await GetAsync(client, $"/api/dashboard/cases?list={list}&pageSize=100"))["items"]!.AsArray().Select(c => (string)c!["caseNumber"]!).Order().ToList();

    private async Task<JsonObject> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()} " +
            string.Join(Environment.NewLine, host.Factory.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Message + " " + e.Exception).Take(2)));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
