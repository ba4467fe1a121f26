using Microsoft.Playwright;
using Thads.Browser.Tests.Support;
using Thads.Enforcement.Demo;

namespace Thads.Browser.Tests.Journeys;

/// <summary>
/// The main journey of issue 5 in a real browser, on the scenario clock: the intake officer registers a request and
/// drafts the decision, the head signs it and assigns an executor, the executor notifies the debtor; the verification
/// deadline passes, the executor records the verification late, and the head sees the late-verification alert.
/// Each step leaves a screenshot under tests/artifacts/screenshots/enforcement-journey/.
/// </summary>
public sealed class EnforcementJourneyTests(VirtualTimeBrowserHost host) : IClassFixture<VirtualTimeBrowserHost>
{
    private const string CaseNumber = "HS-HT-001/2026";

    private readonly Screenshots _shots = new("enforcement-journey");

    [Fact]
    public async Task Intake_registers_leader_approves_and_assigns_executor_verifies_late_and_leader_sees_the_alert()
    {
        // 1. Intake officer: register the request; the process starts and the case page opens.
        var intake = await host.NewPageAsync();
        await host.SignInAsync(intake, DemoOrganisation.Intake);
        await intake.GotoAsync("/Cases/New");
        await FillIntakeAsync(intake);
        await _shots.TakeAsync(intake, "intake-form");
        await intake.Locator("form button[type=submit].primary").ClickAsync();
        await intake.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/Cases/\\d+$"));
        var casePath = new Uri(intake.Url).AbsolutePath;
        Assert.Contains(CaseNumber, await intake.Locator("h1").InnerTextAsync());
        await _shots.TakeAsync(intake, "case-registered");

        // The intake officer accepts the request and drafts the decision.
        // The form comes filled in from the registration; the kind of obligation is the officer's call.
        await CompleteTaskAsync(intake, "tab=unit", "Thụ lý", form => form.Locator("[name=obligationKind]").SelectOptionAsync("tra-tien-tai-san"));
        await CompleteTaskAsync(intake, "tab=unit", "Dự thảo quyết định", async form =>
        {
            await form.Locator("[name=decisionNumber]").FillAsync("101/QĐ-THADS");
            await form.Locator("[name=decisionDate]").FillAsync("2026-03-02");
            await form.Locator("[name=amount]").FillAsync("51500000");
            await form.Locator("[name=decisionContent]").FillAsync("Thi hành khoản trả nợ và án phí theo bản án 25/2026/DS-ST.");
        });

        // 2. The head signs the decision and assigns the executor.
        var head = await host.NewPageAsync();
        await host.SignInAsync(head, DemoOrganisation.Head);
        await CompleteTaskAsync(head, "tab=unit", "Phê duyệt: Quyết định thi hành án", form => form.Locator("[name=decision][value=approve]").CheckAsync());
        await CompleteTaskAsync(head, "tab=unit", "Phân công", form => form.Locator("[name=executor]").FillAsync(DemoOrganisation.ExecutorAn));

        // 3. The executor notifies the debtor the same day.
        var executor = await host.NewPageAsync();
        await host.SignInAsync(executor, DemoOrganisation.ExecutorAn);
        await CompleteTaskAsync(executor, "", "Thông báo", async form =>
        {
            await form.Locator("[name=notifiedDate]").FillAsync("2026-03-02");
            await form.Locator("[name=notificationMethod]").SelectOptionAsync("truc-tiep");
        });

        // 4. The voluntary period ends (12/03) and the 10 days to verify pass without a verification (Art. 44).
        await host.AdvanceAsync(TimeSpan.FromDays(25));

        executor = await host.NewPageAsync();
        await host.SignInAsync(executor, DemoOrganisation.ExecutorAn);
        await executor.GotoAsync("/Tasks?q=" + Uri.EscapeDataString(CaseNumber));
        var overdueRow = executor.Locator("tr", new PageLocatorOptions { HasText = "Xác minh điều kiện" });
        Assert.Contains("overdue", await overdueRow.GetAttributeAsync("class") ?? "");
        await _shots.TakeAsync(executor, "executor-inbox-overdue");
        await CompleteTaskAsync(executor, "", "Xác minh điều kiện", async form =>
        {
            await form.Locator("[name=verificationDate]").FillAsync("2026-03-27");
            await form.Locator("[name=verificationRecordNumber]").FillAsync("BB-15/2026");
            await form.Locator("[name=assetsAndIncome]").FillAsync("Có thu nhập từ tiền lương 12 triệu đồng/tháng.");
        });

        // 5. The head sees the late-verification alert on the case.
        head = await host.NewPageAsync();
        await host.SignInAsync(head, DemoOrganisation.Head);
        await head.GotoAsync(casePath);
        var alerts = await head.Locator("#canh-bao").InnerTextAsync();
        Assert.Contains("xác minh", alerts, StringComparison.OrdinalIgnoreCase);
        await _shots.TakeAsync(head, "leader-sees-alert");
    }

    private static async Task FillIntakeAsync(IPage page)
    {
        await page.Locator("[name=CaseNumber]").FillAsync(CaseNumber);
        await page.Locator("[name=CourtName]").FillAsync("Tòa án nhân dân khu vực 1 – Đà Nẵng");
        await page.Locator("[name=JudgmentNumber]").FillAsync("25/2026/DS-ST");
        await page.Locator("[name=JudgmentDate]").FillAsync("2026-01-15");
        await page.Locator("[name=JudgmentEffectiveDate]").FillAsync("2026-02-16");
        await page.Locator("[name=ReceivedOn]").FillAsync("2026-02-27");
        await page.Locator("[name=RequesterName]").FillAsync("Nguyễn Thị Hoa");
        await page.Locator("[name='Parties[0].Role']").SelectOptionAsync("Creditor");
        await page.Locator("[name='Parties[0].FullName']").FillAsync("Nguyễn Thị Hoa");
        await page.Locator("[name='Parties[0].IdNumber']").FillAsync("001190012345");
        await page.Locator("[name='Parties[0].Address']").FillAsync("Hải Châu, Đà Nẵng");
        await page.Locator("[name='Parties[1].Role']").SelectOptionAsync("Debtor");
        await page.Locator("[name='Parties[1].FullName']").FillAsync("Trần Văn Nợ");
        await page.Locator("[name='Parties[1].IdNumber']").FillAsync("001085067890");
        await page.Locator("[name='Parties[1].Address']").FillAsync("Thanh Khê, Đà Nẵng");
        await page.Locator("[name='Obligations[0].Kind']").SelectOptionAsync("Private");
        await page.Locator("[name='Obligations[0].Description']").FillAsync("Trả nợ tiền vay");
        await page.Locator("[name='Obligations[0].Amount']").FillAsync("50.000.000");
        await page.Locator("[name='Obligations[0].DebtorIndex']").SelectOptionAsync("1");
        await page.Locator("[name='Obligations[0].CreditorIndex']").SelectOptionAsync("0");
    }

    /// <summary>Opens the case's task whose name contains <paramref name="taskName"/> from the inbox, fills it, completes it.</summary>
    private async Task CompleteTaskAsync(IPage page, string tab, string taskName, Func<ILocator, Task> fill)
    {
        await page.GotoAsync($"/Tasks?{tab}&q={Uri.EscapeDataString(CaseNumber)}");
        await page.Locator("table a", new PageLocatorOptions { HasText = taskName }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Tasks/", StringComparison.Ordinal));
        var form = page.Locator("form.task-form");
        await fill(form);
        await _shots.TakeAsync(page, "task-" + Slug(taskName));
        await form.Locator("button[type=submit].primary").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        if (page.Url.Contains("/Tasks/", StringComparison.Ordinal))
        {
            await _shots.TakeAsync(page, "refused-" + Slug(taskName));
            Assert.Fail($"The task '{taskName}' was not completed: {await page.Locator("main").InnerTextAsync()}");
        }

        Assert.Contains(CaseNumber, await page.Locator("p.success[role=status]").InnerTextAsync());
    }

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ').ToArray()).Trim().Replace(' ', '-');
}
