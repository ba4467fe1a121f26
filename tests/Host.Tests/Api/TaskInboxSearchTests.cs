using System.Net.Http.Json;
using Thads.Enforcement.Demo;
using Thads.Host.Api;

namespace Thads.Host.Tests.Api;

/// <summary>The inbox search box: a case number in part, or a party's name, only among the cases of the user's units.</summary>
public sealed class TaskInboxSearchTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_party_name_or_part_of_a_case_number_finds_the_case_task_and_nothing_leaks_to_another_unit()
    {
        await host.OpenCaseAsync("SR-001/2026");
        var intake = await host.AsAsync(DemoOrganisation.Intake);

        var byCreditor = await ListAsync(intake, "Hoa");
        Assert.Contains(byCreditor.Items, t => t.CaseNumber == "SR-001/2026");
        var byNumber = await ListAsync(intake, "sr-001");
        Assert.Equal(["SR-001/2026"], byNumber.Items.Select(t => t.CaseNumber));
        Assert.Equal(1, byNumber.Total);

        var nobody = await ListAsync(intake, "Không Có Ai Tên Này");
        Assert.Empty(nobody.Items);
        Assert.Equal(0, nobody.Total);

        var otherUnit = await host.AsAsync(DemoOrganisation.MilitaryHead);
        Assert.DoesNotContain((await ListAsync(otherUnit, "Hoa")).Items, t => t.CaseNumber == "SR-001/2026");
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        await host.OpenCaseAsync("SR-002/2026");
        var intake = await host.AsAsync(DemoOrganisation.Intake);

        var page = await intake.GetFromJsonAsync<TaskPage>("/api/tasks?scope=unit&search=SR-002&page=9&pageSize=5");
        Assert.Equal(1, page!.Page);
        Assert.Equal(["SR-002/2026"], page.Items.Select(t => t.CaseNumber));
    }

    private static async Task<TaskPage> ListAsync(HttpClient client, string search) =>
        (await client.GetFromJsonAsync<TaskPage>($"/api/tasks?scope=unit&pageSize=100&search={Uri.EscapeDataString(search)}"))!;
}
