using System.Net;
using System.Text.Json.Nodes;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Api;

namespace Thads.Host.Tests.Cases;

/// <summary>The case list <c>/Cases</c> (and <c>/api/cases</c>): scope, filters by status and unit, search, paging.</summary>
public sealed class CaseListTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task List_is_scoped_searchable_and_filtered_by_status_and_unit()
    {
        var inProvince = await host.OpenCaseAsync("CL-001/2026");
        var inOffice = await host.OpenCaseAsync("CL-002/2026", DemoOrganisation.RegionalOffice1);
        var decided = await host.OpenCaseAsync("CL-003/2026");
        await host.AssignAsync(decided, DemoOrganisation.ExecutorAn);

        var head = await host.AsAsync(DemoOrganisation.Head);
        var all = await head.GetPageAsync("/Cases?q=CL-");
        Assert.Contains($"href=\"/Cases/{inProvince}\"", all);
        Assert.Contains($"href=\"/Cases/{inOffice}\"", all);
        Assert.Contains($"href=\"/Cases/{decided}\"", all);
        Assert.Contains("Trang 1/1 (3 hồ sơ)", all);
        Assert.True(all.Length < 300_000);

        // Search: beginning of the number as typed or in capitals, beginning of a name in any case, an exact ID number.
        Assert.Contains("(3 hồ sơ)", await head.GetPageAsync("/Cases?q=cl-0"));
        Assert.Contains($"href=\"/Cases/{inOffice}\"", await head.GetPageAsync("/Cases?q=CL-002"));
        Assert.DoesNotContain($"href=\"/Cases/{inProvince}\"", await head.GetPageAsync("/Cases?q=CL-002"));
        Assert.Contains($"href=\"/Cases/{inProvince}\"", await head.GetPageAsync("/Cases?q=" + Uri.EscapeDataString("trần văn nợ")));
        Assert.Contains($"href=\"/Cases/{inProvince}\"", await head.GetPageAsync("/Cases?q=001085067890"));
        Assert.Contains("Không có hồ sơ nào.", await head.GetPageAsync("/Cases?q=" + Uri.EscapeDataString("Không Ai Có Tên Này")));

        var newOnly = await head.GetPageAsync("/Cases?q=CL-&status=New");
        Assert.Contains($"href=\"/Cases/{inProvince}\"", newOnly);
        Assert.DoesNotContain($"href=\"/Cases/{decided}\"", newOnly);
        var accepted = await head.GetPageAsync("/Cases?q=CL-&status=Accepted");
        Assert.Contains($"href=\"/Cases/{decided}\"", accepted);
        Assert.Contains("(1 hồ sơ)", accepted);

        var office = await head.GetPageAsync($"/Cases?q=CL-&unit={await host.UnitIdAsync(DemoOrganisation.RegionalOffice1)}");
        Assert.Contains($"href=\"/Cases/{inOffice}\"", office);
        Assert.Contains("(1 hồ sơ)", office);

        // Another unit is refused as a filter, and sees none of these cases; an executor only what is assigned.
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, await head.GetAsync($"/Cases?unit={await host.UnitIdAsync(DemoOrganisation.MilitaryRegion)}"));
        Assert.Contains("Không có hồ sơ nào.", await (await host.AsAsync(DemoOrganisation.MilitaryHead)).GetPageAsync("/Cases?q=CL-"));
        var executor = await (await host.AsAsync(DemoOrganisation.ExecutorAn)).GetPageAsync("/Cases?q=CL-");
        Assert.Contains($"href=\"/Cases/{decided}\"", executor);
        Assert.Contains("(1 hồ sơ)", executor);
    }

    [Fact]
    public async Task List_pages_twenty_at_a_time()
    {
        for (var i = 1; i <= 21; i++)
        {
            await host.OpenCaseAsync($"PG-{i:00}/2026");
        }

        var head = await host.AsAsync(DemoOrganisation.Head);
        var first = await head.GetPageAsync("/Cases?q=PG-");
        Assert.Contains("Trang 1/2 (21 hồ sơ)", first);
        Assert.Contains("PG-21/2026", first);
        Assert.DoesNotContain(">PG-01/2026<", first);
        Assert.Contains("href=\"/Cases?q=PG-&amp;page=2\"", first);
        var second = await head.GetPageAsync("/Cases?q=PG-&page=2");
        Assert.True(second.Contains(">PG-01/2026<", StringComparison.Ordinal), PageText.Plain(second));
        Assert.Contains("Trang 2/2 (21 hồ sơ)", second);
    }

    [Fact]
    public async Task Api_list_accepts_the_new_status_and_names_a_bad_one()
    {
        var id = await host.OpenCaseAsync("CL-API-1/2026");
        var client = (await host.AsAsync(DemoOrganisation.Intake)).Client;
        var page = await ApiHost.JsonAsync(await client.GetAsync("/api/cases?status=New&search=CL-API-"));
        Assert.Equal(id, page["items"]!.AsArray().Single()!["id"]!.GetValue<int>());

        var bad = await client.GetAsync("/api/cases?status=Lost");
        await CasesHost.ExpectAsync(HttpStatusCode.BadRequest, bad);
        var errors = (await ApiHost.JsonAsync(bad))["errors"]!.AsObject();
        Assert.Contains("New", errors["status"]![0]!.GetValue<string>());
        Assert.IsType<JsonArray>(errors["status"]);
    }
}
