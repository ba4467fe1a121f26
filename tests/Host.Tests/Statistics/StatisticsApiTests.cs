using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Data;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Api;
using static Thads.Host.Tests.Api.ApiHost;

namespace Thads.Host.Tests.Statistics;

/// <summary>
/// <c>/api/statistics</c> and the statistics pages on the demo organisation (Đà Nẵng with two regional offices):
/// live cases counted, role and unit checks on every endpoint, drill-down, exports, and period closing by a leader
/// with the closed report served byte for byte afterwards.
/// </summary>
public sealed class StatisticsApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    private async Task<int> DecidedCaseAsync(string number, DateOnly decided)
    {
        var id = await host.OpenCaseAsync(number);
        await host.Services.GetRequiredService<CaseService>().IssueDecisionAsync(id, "QĐ-" + number, decided, "Nguyễn Văn Trường", DemoOrganisation.Head);
        return id;
    }

    private static JsonObject Total(JsonObject report) =>
        report["rows"]!.AsArray().Single(r => r!["kind"]!.GetValue<string>() == "total")!.AsObject();

    [Fact]
    public async Task A_statistician_gets_the_province_report_with_live_cases_and_their_drill_down()
    {
        await DecidedCaseAsync("TK-API-001", new DateOnly(2026, 3, 5));
        var client = await host.AsAsync(DemoOrganisation.Statistician);

        var response = await client.GetAsync("/api/statistics/reports/06?to=2026-03");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await JsonAsync(response);
        Assert.Equal("DN", report["scope"]!["unit"]!.GetValue<string>());
        Assert.Equal(["DN-KV1", "DN-KV2", "office"], report["rows"]!.AsArray().Where(r => r!["kind"]!.GetValue<string>() != "total").Select(r => r!["key"]!.GetValue<string>()));
        var total = Total(report);
        Assert.True(total["NEW"]!.GetValue<long>() >= 1);
        Assert.Equal(total["T"]!.GetValue<long>(), total["CO"]!.GetValue<long>() + total["NEW"]!.GetValue<long>());
        Assert.Equal(total["P"]!.GetValue<long>(), total["C"]!.GetValue<long>() + total["NC"]!.GetValue<long>());

        var cell = await JsonAsync(await client.GetAsync("/api/statistics/reports/06/cells?to=2026-03&row=total&column=3"));
        Assert.Contains(cell["items"]!.AsArray(), i => i!["caseNumber"]!.GetValue<string>() == "TK-API-001");
        Assert.Equal(total["NEW"]!.GetValue<long>(), cell["count"]!.GetValue<long>());
        var money = await JsonAsync(await client.GetAsync("/api/statistics/reports/07/cells?to=2026-03&row=total&column=3"));
        Assert.Contains(money["items"]!.AsArray(), i => i!["caseNumber"]!.GetValue<string>() == "TK-API-001" && i["amountVnd"]!.GetValue<long>() == 51_500_000 && i["value"]!.GetValue<decimal>() == 51_500);

        var rate = await client.GetAsync("/api/statistics/reports/06/cells?to=2026-03&row=total&column=14");
        Assert.Equal(HttpStatusCode.BadRequest, rate.StatusCode);
        Assert.Equal("application/problem+json", rate.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Exports_come_as_csv_and_xlsx_files()
    {
        var client = await host.AsAsync(DemoOrganisation.Head);
        var csv = await client.GetAsync("/api/statistics/reports/07?to=2026-03&unit=DN-KV1&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("loai,ma,ten,(1) Tổng số thụ lý", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        var xlsx = await client.GetAsync("/api/statistics/reports/06?to=2026-03&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Theory]
    [InlineData(DemoOrganisation.Accountant, "/api/statistics/reports/06?to=2026-03", HttpStatusCode.Forbidden)]
    [InlineData(DemoOrganisation.Intake, "/api/statistics/dashboard?to=2026-03", HttpStatusCode.Forbidden)]
    [InlineData(DemoOrganisation.OtherHead, "/api/statistics/reports/06?to=2026-03&unit=DN", HttpStatusCode.Forbidden)]
    [InlineData(DemoOrganisation.MilitaryHead, "/api/statistics/reconciliation/06?to=2026-03&unit=DN-KV1", HttpStatusCode.Forbidden)]
    [InlineData(DemoOrganisation.Statistician, "/api/statistics/reports/06?to=2026-03&unit=NOPE", HttpStatusCode.NotFound)]
    [InlineData(DemoOrganisation.Statistician, "/api/statistics/reports/09?to=2026-03", HttpStatusCode.BadRequest)]
    [InlineData(DemoOrganisation.Statistician, "/api/statistics/reports/06?to=March", HttpStatusCode.BadRequest)]
    [InlineData(DemoOrganisation.ExecutorAn, "/api/statistics/reports/06?to=2026-03&executor=999999", HttpStatusCode.Forbidden)]
    [InlineData(DemoOrganisation.Statistician, "/api/statistics/closings?unit=QNG", HttpStatusCode.Forbidden)]
    public async Task Every_endpoint_checks_role_and_unit(string user, string path, HttpStatusCode expected)
    {
        var response = await (await host.AsAsync(user)).GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anonymous_calls_get_401()
    {
        using var anonymous = host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Client.GetAsync("/api/statistics/reports/06?to=2026-03")).StatusCode);
    }

    [Fact]
    public async Task An_executor_gets_only_the_report_of_their_own_cases()
    {
        var report = await JsonAsync(await (await host.AsAsync(DemoOrganisation.ExecutorAn)).GetAsync("/api/statistics/reports/06?to=2026-03"));
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var staffId = await db.Staff.Where(s => s.UserName == DemoOrganisation.ExecutorAn).Select(s => s.Id).SingleAsync();
        Assert.Equal(staffId, report["scope"]!["executor"]!.GetValue<int>());
        Assert.All(report["rows"]!.AsArray().Where(r => r!["kind"]!.GetValue<string>() != "total"), r => Assert.Equal("executor", r!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_leader_closes_a_period_and_the_closed_report_never_changes()
    {
        await DecidedCaseAsync("TK-CLOSE-001", new DateOnly(2026, 2, 28));
        var statistician = await host.AsAsync(DemoOrganisation.Statistician);
        var head = await host.AsAsync(DemoOrganisation.Head);
        var body = new JsonObject { ["unit"] = "DN-KV2", ["to"] = "2026-02" };

        Assert.Equal(HttpStatusCode.Forbidden, (await statistician.PostAsJsonAsync("/api/statistics/closings", body)).StatusCode);
        var closed = await head.PostAsJsonAsync("/api/statistics/closings", new JsonObject { ["unit"] = "DN", ["to"] = "2026-02" });
        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        Assert.Equal(DemoOrganisation.Head, (await JsonAsync(closed))["closedBy"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync("/api/statistics/closings", new JsonObject { ["unit"] = "DN", ["to"] = "2026-02" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync("/api/statistics/closings", new JsonObject { ["unit"] = "DN", ["to"] = "2099-02" })).StatusCode);

        var before = await (await statistician.GetAsync("/api/statistics/reports/06?to=2026-02")).Content.ReadAsByteArrayAsync();
        var beforeMoney = await (await statistician.GetAsync("/api/statistics/reports/07?to=2026-02")).Content.ReadAsByteArrayAsync();
        Assert.NotNull(JsonNode.Parse(before)!["closed"]);

        // A decision dated inside the closed period, entered afterwards.
        await DecidedCaseAsync("TK-CLOSE-002", new DateOnly(2026, 2, 28));

        Assert.Equal(before, await (await statistician.GetAsync("/api/statistics/reports/06?to=2026-02")).Content.ReadAsByteArrayAsync());
        Assert.Equal(beforeMoney, await (await statistician.GetAsync("/api/statistics/reports/07?to=2026-02")).Content.ReadAsByteArrayAsync());
        var march = await JsonAsync(await statistician.GetAsync("/api/statistics/reports/06/cells?to=2026-03&row=total&column=3"));
        Assert.Contains(march["items"]!.AsArray(), i => i!["caseNumber"]!.GetValue<string>() == "TK-CLOSE-002" && i["acceptedOn"]!.GetValue<string>() == "2026-03-01");
        var list = await (await statistician.GetAsync("/api/statistics/closings?unit=DN")).Content.ReadFromJsonAsync<JsonArray>();
        Assert.Contains(list!, c => c!["month"]!.GetValue<int>() == 2 && c["year"]!.GetValue<int>() == 2026);
    }

    [Fact]
    public async Task The_pages_show_the_report_with_links_the_cell_list_the_print_view_and_the_dashboard()
    {
        await DecidedCaseAsync("TK-PAGE-001", new DateOnly(2026, 3, 6));
        var client = await host.AsAsync(DemoOrganisation.Statistician);

        var page = await client.GetStringAsync("/Statistics?to=2026-03");
        Assert.Contains("Biểu số 06/TK-THA", page);
        Assert.Contains("/Statistics/Cell?form=06&amp;to=2026-03&amp;unit=DN&amp;row=total&amp;column=3", page);
        var cell = await client.GetStringAsync("/Statistics/Cell?form=06&to=2026-03&unit=DN&row=total&column=3");
        Assert.Contains("TK-PAGE-001", cell);
        var print = await client.GetStringAsync("/Statistics/Print?form=07&to=2026-03&unit=DN");
        Assert.Contains("statistics-print.css", print);
        Assert.Contains("NGƯỜI LẬP BIỂU", print);
        Assert.Contains("nghìn đồng", print);
        var dashboard = await client.GetStringAsync("/Statistics/Dashboard?to=2026-03");
        Assert.Contains("<svg", dashboard);
        Assert.True(dashboard.Length < 100_000, "the dashboard page stays small");
        Assert.Contains("Đối chiếu", await client.GetStringAsync("/Statistics/Reconciliation?to=2026-03"));

        var denied = await (await host.AsAsync(DemoOrganisation.Accountant)).GetAsync("/Statistics?to=2026-03");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }
}
