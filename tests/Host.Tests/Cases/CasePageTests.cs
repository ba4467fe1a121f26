using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Alerts;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Api;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Cases;

/// <summary>The case page <c>/Cases/{id}</c>: its sections, the timeline, the process picture and who may open it.</summary>
public sealed partial class CasePageTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task Timeline_merges_journal_and_audit_in_time_order_with_element_names_not_ids()
    {
        var id = await host.OpenCaseAsync("CP-TL-001");
        var receive = await host.OpenTaskAsync("CP-TL-001", "receiveCase");
        await host.Engine.CompleteTaskAsync(receive.Id, IntakeValues(), DemoOrganisation.Intake);
        await host.Cases.IssueDecisionAsync(id, "7/QĐ-CTHADS", new DateOnly(2026, 3, 2), "Nguyễn Văn Trường, Trưởng", DemoOrganisation.Head);

        var page = await (await host.AsAsync(DemoOrganisation.Head)).GetPageAsync($"/Cases/{id}");
        var entries = PageText.TimelineEntries(page);

        var registered = Index(entries, "Vào sổ hồ sơ");
        var started = Index(entries, "Bắt đầu quy trình «Tổ chức thi hành án dân sự»");
        var given = Index(entries, "Giao công việc «Thụ lý, vào sổ hồ sơ»");
        var completed = Index(entries, "Hoàn thành công việc «Thụ lý, vào sổ hồ sơ»");
        var next = Index(entries, "Giao công việc «Dự thảo quyết định thi hành án»");
        var decided = Index(entries, "Chuyển trạng thái: Đã thụ lý");
        Assert.True(registered < started && started < given && given < completed && completed < next && next < decided,
            string.Join("\n", entries));

        // What the audit says, in words: who, what was added, what changed from what to what.
        Assert.Contains("Võ Thị Thu (thuly.dn)", entries[registered]);
        Assert.Contains("Thêm đương sự: Trần Văn Nợ (Người phải thi hành án)", entries[registered]);
        Assert.Contains("Thêm nghĩa vụ: Án phí dân sự sơ thẩm – 1.500.000 đ (Án phí, lệ phí Tòa án)", entries[registered]);
        Assert.Contains("Võ Thị Thu (thuly.dn)", entries[completed]);
        Assert.Contains("Chờ: công chức thụ lý", entries[given]);
        Assert.Contains("Nguyễn Văn Trường (truong.dn)", entries[decided]);
        Assert.Contains("Sửa hồ sơ:", entries[decided]);
        Assert.Contains("Trạng thái: Hồ sơ mới → Đã thụ lý", entries[decided]);
        Assert.Contains("Số quyết định thi hành án: — → 7/QĐ-CTHADS", entries[decided]);
        Assert.Contains("Ngày ra quyết định thi hành án: — → 02/03/2026", entries[decided]);

        var times = TimePattern().Matches(PageText.Section(page, "dong-thoi-gian"))
            .Select(m => DateTimeOffset.Parse(WebUtility.HtmlDecode(m.Groups[1].Value), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(entries.Count, times.Count);
        Assert.Equal(times.Order(), times);

        var timeline = PageText.Section(page, "dong-thoi-gian");
        foreach (var elementId in new[] { "receiveCase", "prepareCaseVariables", "caseReceived", "draftDecision", "issueDecision", "requestAcceptable" })
        {
            Assert.DoesNotContain(elementId, timeline);
        }
    }

    [Fact]
    public async Task Process_picture_highlights_the_current_step_and_greys_completed_ones()
    {
        var id = await host.OpenCaseAsync("CP-SVG-001");
        var intake = await host.AsAsync(DemoOrganisation.Intake);

        var process = PageText.Section(await intake.GetPageAsync($"/Cases/{id}"), "quy-trinh");
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn\"", process);
        Assert.Equal(["receiveCase"], CurrentElements(process));
        Assert.Contains("prepareCaseVariables", DoneElements(process));
        Assert.Contains("caseReceived", DoneElements(process));
        Assert.DoesNotContain("receiveCase", DoneElements(process));
        Assert.Contains("Đang ở bước: <strong>Thụ lý, vào sổ hồ sơ</strong>", process);
        Assert.Contains("<title>Thụ lý, vào sổ hồ sơ (đang ở bước này)</title>", process);

        var receive = await host.OpenTaskAsync("CP-SVG-001", "receiveCase");
        await host.Engine.CompleteTaskAsync(receive.Id, IntakeValues(), DemoOrganisation.Intake);

        process = PageText.Section(await intake.GetPageAsync($"/Cases/{id}"), "quy-trinh");
        // Inside the decision subprocess: the subprocess and its first task both hold a token.
        Assert.Equal(["draftDecision", "issueDecision"], CurrentElements(process).Order(StringComparer.Ordinal));
        Assert.Contains("receiveCase", DoneElements(process));
        Assert.Contains("requestAcceptable", DoneElements(process));

        // The full-size picture is the same drawing, as an SVG document.
        var full = await intake.GetAsync($"/Cases/{id}/Process");
        await CasesHost.ExpectAsync(HttpStatusCode.OK, full);
        Assert.Equal("image/svg+xml", full.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["draftDecision", "issueDecision"], CurrentElements(await full.Content.ReadAsStringAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Page_shows_parties_obligations_money_status_alerts_and_open_tasks()
    {
        var id = await host.OpenCaseAsync("CP-SEC-001");
        await host.Cases.IssueDecisionAsync(id, "8/QĐ-CTHADS", new DateOnly(2026, 3, 2), "Nguyễn Văn Trường, Trưởng", DemoOrganisation.Head);
        await host.Services.GetRequiredService<AlertService>().RaiseAsync(new AlertRequest(
            "CP-SEC-001", "W7a-late-verification", DemoOrganisation.Province, "Chậm xác minh điều kiện thi hành án", "Quá hạn xác minh 10 ngày.", $"/Cases/{id}"));
        var task = await host.OpenTaskAsync("CP-SEC-001", "receiveCase");

        var page = await (await host.AsAsync(DemoOrganisation.Deputy)).GetPageAsync($"/Cases/{id}");
        Assert.True(page.Length < 300_000, $"{page.Length} bytes");

        var parties = PageText.Plain(PageText.Section(page, "duong-su"));
        Assert.Contains("Người được thi hành án Nguyễn Thị Hoa (Cá nhân) 001190012345 Hải Châu, Đà Nẵng", parties);
        Assert.Contains("Người phải thi hành án Trần Văn Nợ (Cá nhân) 001085067890 Thanh Khê, Đà Nẵng", parties);

        var obligations = PageText.Plain(PageText.Section(page, "nghia-vu"));
        Assert.Contains("Án phí dân sự sơ thẩm (Án phí, lệ phí Tòa án) Ngân sách nhà nước Trần Văn Nợ — 1.500.000 đ 0 đ 1.500.000 đ", obligations);
        Assert.Contains("Trả nợ tiền vay (Nghĩa vụ trả cho đương sự) Trả cho đương sự Trần Văn Nợ Nguyễn Thị Hoa 50.000.000 đ", obligations);
        Assert.Contains("Ngân sách nhà nước 1.500.000 đ 1.500.000 đ", obligations);
        Assert.Contains("Tổng cộng 51.500.000 đ 0 đ 51.500.000 đ", obligations);

        var money = PageText.Plain(PageText.Section(page, "tien"));
        Assert.Contains("Số dư đang giữ 0 đ", money);

        var status = PageText.Plain(PageText.Section(page, "trang-thai"));
        Assert.Contains("Đã thụ lý – từ 02/03/2026", status);
        Assert.Contains("Căn cứ: Ra quyết định thi hành án theo đơn yêu cầu", status);
        Assert.Contains("quyết định số 8/QĐ-CTHADS", status);

        Assert.Contains("Chậm xác minh điều kiện thi hành án", PageText.Section(page, "canh-bao"));
        Assert.Contains($"href=\"/Tasks/{task.Id}\"", PageText.Section(page, "quy-trinh"));
    }

    [Fact]
    public async Task Only_users_who_may_see_the_case_get_it()
    {
        var id = await host.OpenCaseAsync("CP-ACL-001", DemoOrganisation.RegionalOffice1);
        var path = $"/Cases/{id}";

        // The province's leaders see the regional office's cases (subtree), as do its intake officer and accountant.
        foreach (var allowed in new[] { DemoOrganisation.Head, DemoOrganisation.Intake, DemoOrganisation.Accountant })
        {
            Assert.Contains("CP-ACL-001", await (await host.AsAsync(allowed)).GetPageAsync(path));
        }

        foreach (var denied in new[] { DemoOrganisation.MilitaryHead, DemoOrganisation.OtherHead, DemoOrganisation.ExecutorAn })
        {
            var response = await (await host.AsAsync(denied)).GetAsync(path);
            await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, response);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("CP-ACL-001", text);
            Assert.DoesNotContain("Trần Văn Nợ", text);
            await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, await (await host.AsAsync(denied)).GetAsync($"{path}/Process"));
        }

        // An executor sees a case of their unit once it is assigned to them; the other executor still does not.
        var assigned = await host.OpenCaseAsync("CP-ACL-002");
        await host.AssignAsync(assigned, DemoOrganisation.ExecutorAn);
        Assert.Contains("CP-ACL-002", await (await host.AsAsync(DemoOrganisation.ExecutorAn)).GetPageAsync($"/Cases/{assigned}"));
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, await (await host.AsAsync(DemoOrganisation.ExecutorBinh)).GetAsync($"/Cases/{assigned}"));

        await CasesHost.ExpectAsync(HttpStatusCode.NotFound, await (await host.AsAsync(DemoOrganisation.Head)).GetAsync("/Cases/987654"));
        var anonymous = await host.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/Login", BrowserSession.RedirectTarget(anonymous));
    }

    [Fact]
    public async Task Api_case_detail_carries_the_timeline_process_and_open_tasks_and_is_scoped()
    {
        var id = await host.OpenCaseAsync("CP-API-001");
        var task = await host.OpenTaskAsync("CP-API-001", "receiveCase");

        var response = await (await host.AsAsync(DemoOrganisation.Intake)).Client.GetAsync($"/api/cases/{id}");
        await CasesHost.ExpectAsync(HttpStatusCode.OK, response);
        var c = await ApiHost.JsonAsync(response);
        Assert.Equal("CP-API-001", c["caseNumber"]!.GetValue<string>());
        Assert.Equal("Hồ sơ mới", c["statusText"]!.GetValue<string>());
        Assert.Equal(51_500_000, c["moneySummary"]!["owed"]!.GetValue<long>());
        Assert.Equal(1_500_000, c["moneySummary"]!["stateBudgetOwed"]!.GetValue<long>());
        Assert.Equal(["Thụ lý, vào sổ hồ sơ"], c["process"]!["currentSteps"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains("class=\"node current\" data-element=\"receiveCase\"", c["process"]!["picture"]!.GetValue<string>());
        var openTask = c["openTasks"]!.AsArray().Single()!;
        Assert.Equal($"/Tasks/{task.Id}", openTask["page"]!.GetValue<string>());
        var titles = c["timeline"]!.AsArray().Select(e => e!["title"]!.GetValue<string>()).ToList();
        Assert.Equal("Vào sổ hồ sơ", titles[0]);
        Assert.Contains("Giao công việc «Thụ lý, vào sổ hồ sơ»", titles);

        var timelineResponse = await (await host.AsAsync(DemoOrganisation.Head)).Client.GetAsync($"/api/cases/{id}/timeline");
        await CasesHost.ExpectAsync(HttpStatusCode.OK, timelineResponse);
        var timeline = (await timelineResponse.Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Equal(titles, timeline.Select(e => e!["title"]!.GetValue<string>()));
        Assert.All(timeline, e => Assert.Contains(e!["source"]!.GetValue<string>(), new[] { "Workflow", "Audit" }));

        foreach (var denied in new[] { DemoOrganisation.MilitaryHead, DemoOrganisation.ExecutorAn })
        {
            var client = (await host.AsAsync(denied)).Client;
            foreach (var path in new[] { $"/api/cases/{id}", $"/api/cases/{id}/timeline", $"/api/cases/{id}/process.svg" })
            {
                var refused = await client.GetAsync(path);
                await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, refused);
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Fact]
    public async Task English_readers_get_the_page_in_English_with_the_same_figures()
    {
        var id = await host.OpenCaseAsync("CP-EN-001");
        var browser = await host.AsAsync(DemoOrganisation.Statistician);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/Cases/{id}");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var response = await browser.Client.SendAsync(request);
        await CasesHost.ExpectAsync(HttpStatusCode.OK, response);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Timeline", page);
        Assert.Contains("Task «Thụ lý, vào sổ hồ sơ» created", page);
        Assert.Contains("Case registered", page);
        Assert.Contains("51.500.000 đ", page);
    }

    [Fact]
    public async Task A_case_left_without_its_process_can_have_it_started_from_its_page()
    {
        // As if the intake's start had failed and could not be undone: the case alone, registered by the domain.
        var registered = await host.Cases.RegisterAsync(new Enforcement.Cases.CaseIntake(
            DemoOrganisation.Province, "CP-ORPHAN-001", Enforcement.Cases.IntakePath.ExOfficio, Enforcement.Cases.JudgmentType.Criminal,
            "Tòa án nhân dân thành phố Đà Nẵng", "3/2026/HS-ST", new DateOnly(2026, 1, 5),
            [new Enforcement.Cases.PartyInput(Enforcement.Cases.PartyRole.Debtor, Enforcement.Cases.PartyKind.Person, "Đỗ Văn Phạt")],
            [new Enforcement.Cases.ObligationInput(Enforcement.Cases.ObligationKind.Fine, "Tiền phạt", 5_000_000, DebtorIndex: 0)]), DemoOrganisation.Intake);
        var path = $"/Cases/{registered.Id}";

        var statistician = await host.AsAsync(DemoOrganisation.Statistician);
        var readOnly = await statistician.GetPageAsync(path);
        Assert.Contains("Hồ sơ chưa có quy trình.", readOnly);
        Assert.DoesNotContain("handler=StartProcess", readOnly);
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, await statistician.SubmitAsync($"{path}?handler=StartProcess", new Dictionary<string, string>(), formPage: path));
        Assert.Empty(await host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = "CP-ORPHAN-001" }));

        var intake = await host.AsAsync(DemoOrganisation.Intake);
        Assert.Contains("handler=StartProcess", await intake.GetPageAsync(path));
        var started = await intake.SubmitAsync($"{path}?handler=StartProcess", new Dictionary<string, string>(), formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var page = await intake.GetPageAsync(path);
        Assert.Contains("Đã bắt đầu quy trình cho hồ sơ.", page);
        Assert.Contains("Đang ở bước: <strong>Thụ lý, vào sổ hồ sơ</strong>", page);
        var instance = Assert.Single(await host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = "CP-ORPHAN-001" }));
        Assert.Equal("chu-dong", (await host.Engine.GetInstanceAsync(instance.Id))!.Variables["intakePath"]!.GetValue<string>());

        // A second start is refused: one process per case.
        await intake.SubmitAsync($"{path}?handler=StartProcess", new Dictionary<string, string>(), formPage: path);
        Assert.Single(await host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = "CP-ORPHAN-001" }));
    }

    private static Dictionary<string, object?> IntakeValues() =>
        ApiHost.ValidIntake().ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone(), StringComparer.Ordinal);

    private static int Index(IReadOnlyList<string> entries, string title)
    {
        var index = entries.ToList().FindIndex(e => e.Contains(" " + title, StringComparison.Ordinal));
        Assert.True(index >= 0, $"No entry \"{title}\" in:\n{string.Join("\n", entries)}");
        return index;
    }

    private static List<string> CurrentElements(string svg) => NodePattern().Matches(svg).Where(m => m.Groups[1].Value == "current").Select(m => m.Groups[2].Value).ToList();

    private static List<string> DoneElements(string svg) => NodePattern().Matches(svg).Where(m => m.Groups[1].Value == "done").Select(m => m.Groups[2].Value).ToList();

    [GeneratedRegex("<g class=\"node (current|done|incident)\" data-element=\"([^\"]+)\">")]
    private static partial Regex NodePattern();

    [GeneratedRegex("<time datetime=\"([^\"]+)\">")]
    private static partial Regex TimePattern();
}
