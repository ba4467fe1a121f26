using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Thads.Browser.Tests.Support;
using Thads.Enforcement.Demo;
using Thads.Workflows.Runtime;

namespace Thads.Browser.Tests.Designer;

/// <summary>
/// An administrator changes the verification timer of the main process in the designer, validates and publishes it;
/// a case started afterwards runs the new version while one started before keeps the old one. A non-admin is refused.
/// </summary>
public sealed class DesignerJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Process = "thads-enforcement";

    private WorkflowEngine Engine => host.Services.GetRequiredService<WorkflowEngine>();

    [Fact]
    public async Task An_administrator_changes_the_verification_timer_and_publishes_a_version_that_only_new_cases_run()
    {
        var shots = new Screenshots("designer");
        var before = await StartCaseAsync("DSG-TRUOC-001");
        var oldVersion = (await InstanceAsync(before.Id)).DefinitionVersion;

        var page = await host.NewPageAsync(1440, 1000);
        await host.SignInAsync(page, DemoOrganisation.Administrator);
        await page.GotoAsync("/Admin/Workflows");
        var row = page.Locator($"tr[data-key='{Process}']");
        Assert.Contains($"v{oldVersion}: 1", await row.InnerTextAsync(), StringComparison.Ordinal);
        await shots.TakeAsync(page, "list");

        await row.Locator("[data-action=edit]").ClickAsync();
        await DesignerReadyAsync(page);
        Assert.True(await page.Locator(".djs-palette .thads-palette-template").CountAsync() > 0, "THADS activities are in the palette");

        // The boundary timer on "Xác minh điều kiện thi hành án": from the computed date to 15 calendar days.
        await page.Locator("g.djs-element[data-element-id=verificationOverdue]").ClickAsync(new LocatorClickOptions { Force = true });
        var timerGroup = page.Locator("[data-group-id=group-timer]");
        await timerGroup.Locator(".bio-properties-panel-group-header").ClickAsync();
        await timerGroup.Locator("select").SelectOptionAsync("timeDuration");
        var value = timerGroup.Locator("input.bio-properties-panel-input, textarea.bio-properties-panel-input").Last;
        await value.FillAsync("P15D");
        await value.PressAsync("Tab");
        await page.WaitForSelectorAsync("[data-role=status]:has-text('Đã tự lưu bản nháp')");
        await shots.TakeAsync(page, "timer-changed");

        await page.Locator("[data-action=validate]").ClickAsync();
        await page.WaitForSelectorAsync(".thads-ok");
        await page.Locator("[data-action=publish]").ClickAsync();
        await page.Locator("dialog textarea[name=comment]").FillAsync("Thời hạn xác minh: 15 ngày kể từ khi giao việc");
        await shots.TakeAsync(page, "publish-dialog");
        await page.Locator("[data-action=confirm-publish]").ClickAsync();
        await page.WaitForSelectorAsync($".thads-ok:has-text('Đã xuất bản phiên bản {oldVersion + 1}')");
        await shots.TakeAsync(page, "published");

        var definitions = await Engine.ListDefinitionsAsync(Process);
        var published = definitions.Single(d => d.Version == oldVersion + 1);
        Assert.Equal(DemoOrganisation.Administrator, published.DeployedBy);
        Assert.Contains("<bpmn:timeDuration", published.Xml, StringComparison.Ordinal);
        Assert.Contains("P15D", published.Xml, StringComparison.Ordinal);

        var after = await StartCaseAsync("DSG-SAU-001");
        Assert.Equal(oldVersion + 1, (await InstanceAsync(after.Id)).DefinitionVersion);
        Assert.Equal(oldVersion, (await InstanceAsync(before.Id)).DefinitionVersion);

        // The history shows the comment and marks the boundary event as changed between the two versions.
        await page.GotoAsync($"/Admin/Workflows/History?key={Process}&left={oldVersion}&right={oldVersion + 1}");
        await DesignerReadyAsync(page);
        Assert.Contains("Thời hạn xác minh: 15 ngày", await page.Locator($"tr[data-version='{oldVersion + 1}']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".thads-diff-canvas g[data-element-id=verificationOverdue].thads-changed").CountAsync() > 0);
        await shots.TakeAsync(page, "history-diff");

        // The case started before is drawn on the old version, waiting at intake.
        await page.GotoAsync($"/Admin/Workflows/Instance?id={before.Id}");
        await DesignerReadyAsync(page);
        Assert.Contains($"phiên bản {oldVersion}", await page.Locator(".thads-instance-info").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("g[data-element-id=receiveCase].thads-active").CountAsync() > 0);
        Assert.True(await page.Locator("g[data-element-id=prepareCaseVariables].thads-completed").CountAsync() > 0);
        await shots.TakeAsync(page, "instance");
    }

    [Fact]
    public async Task A_leader_is_refused_the_designer_pages_and_API()
    {
        var page = await host.NewPageAsync();
        await host.SignInAsync(page, DemoOrganisation.Head);
        var response = await page.GotoAsync($"/Admin/Workflows/Edit?key={Process}");
        Assert.Equal(403, response!.Status);
        Assert.Contains("Không có quyền truy cập", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#thads-designer").CountAsync());
        await new Screenshots("designer").TakeAsync(page, "refused");

        var api = await page.APIRequest.GetAsync($"/api/admin/workflows/{Process}/latest");
        Assert.Equal(403, api.Status);
    }

    /// <summary>Waits for the designer script to finish opening; a failure shows the page's own error text.</summary>
    private static async Task DesignerReadyAsync(IPage page)
    {
        var root = page.Locator("#thads-designer[data-ready]");
        await root.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.True(await root.GetAttributeAsync("data-ready") == "true", await root.InnerTextAsync());
    }

    private Task<InstanceSnapshot> StartCaseAsync(string number) =>
        Engine.StartAsync(Process, new StartOptions
        {
            BusinessKey = number,
            Actor = DemoOrganisation.Intake,
            Variables = new Dictionary<string, object?> { ["caseNumber"] = number, ["unitCode"] = DemoOrganisation.Province, ["amount"] = 1_500_000L },
        });

    private async Task<InstanceSummary> InstanceAsync(Guid id) =>
        (await Engine.QueryInstancesAsync(new InstanceQuery { ProcessId = Process, Take = 1000 })).Single(i => i.Id == id);
}
