using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Api;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Pages;

/// <summary>The task inbox (<c>/Tasks</c>) and task page (<c>/Tasks/{id}</c>) in a signed-in browser without JavaScript.</summary>
public sealed partial class TaskPagesTests(ApiHost host) : IClassFixture<ApiHost>
{
    private async Task<BrowserSession> AsAsync(string userName) => new(await host.AsAsync(userName));

    [Fact]
    public async Task Intake_officer_sees_the_receiveCase_task_in_the_unit_tab_and_an_executor_does_not()
    {
        await host.OpenCaseAsync("PG-T-001");
        var task = await host.OpenTaskAsync("PG-T-001", "receiveCase");

        var intake = await AsAsync(DemoOrganisation.Intake);
        var response = await intake.GetAsync("/Tasks?tab=unit&q=PG-T-001");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(page.Length < 300_000);
        Assert.Contains("Việc chưa nhận của đơn vị", page);
        Assert.Contains($"href=\"/Tasks/{task.Id}\"", page);
        Assert.Contains("<td>PG-T-001</td>", page);
        Assert.Matches(DateCell(), page);
        Assert.Contains("1/1 (1 công việc)", page);

        // Not assigned to anyone yet: not in "my tasks".
        Assert.DoesNotContain(task.Id.ToString(), await intake.GetPageAsync("/Tasks?q=PG-T-001"));

        var executor = await AsAsync(DemoOrganisation.ExecutorAn);
        Assert.DoesNotContain(task.Id.ToString(), await executor.GetPageAsync("/Tasks?tab=unit&q=PG-T-001"));
        var otherUnit = await AsAsync(DemoOrganisation.MilitaryHead);
        Assert.DoesNotContain(task.Id.ToString(), await otherUnit.GetPageAsync("/Tasks?tab=unit&q=PG-T-001"));
    }

    [Fact]
    public async Task Inbox_needs_a_signed_in_user()
    {
        var response = await host.Anonymous().GetAsync("/Tasks");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", BrowserSession.RedirectTarget(response));
    }

    [Fact]
    public async Task Task_page_renders_the_form_fields_with_current_values_and_an_antiforgery_token()
    {
        await host.OpenCaseAsync("PG-T-002");
        var task = await host.OpenTaskAsync("PG-T-002", "receiveCase");

        var page = await (await AsAsync(DemoOrganisation.Intake)).GetPageAsync($"/Tasks/{task.Id}");
        Assert.Contains("PG-T-002", page);
        Assert.Contains("name=\"__RequestVerificationToken\"", page);
        Assert.Matches("<input type=\"radio\" name=\"intakePath\" value=\"theo-don\" checked=\"checked\" required=\"required\"", page);
        Assert.Contains("Theo đơn yêu cầu", page);
        Assert.Matches("<input type=\"date\" id=\"f_receivedDate\" name=\"receivedDate\"[^>]*required=\"required\"", page);
        Assert.Contains("Ngày nhận bản án hoặc đơn yêu cầu", page);
        Assert.Matches("<input type=\"text\" id=\"f_judgmentNumber\" name=\"judgmentNumber\"[^>]*required=\"required\"", page);
        Assert.Matches("<select id=\"f_obligationKind\" name=\"obligationKind\" required=\"required\"", page);
        Assert.Contains("<option value=\"dan-su\">Nghĩa vụ dân sự khác giữa các đương sự</option>", page);
        // The instance's current amount, and min from the form.
        Assert.Matches("<input type=\"number\" id=\"f_amount\" name=\"amount\" value=\"51500000\" min=\"0\"", page);
        Assert.Matches("<input type=\"checkbox\" id=\"f_accepted\" name=\"accepted\" value=\"true\" checked=\"checked\"", page);
        Assert.Contains("Hoàn thành công việc", page);
    }

    [Fact]
    public async Task A_missing_required_field_is_shown_next_to_the_field_and_the_task_stays_open()
    {
        await host.OpenCaseAsync("PG-T-003");
        var task = await host.OpenTaskAsync("PG-T-003", "receiveCase");
        var fields = ValidFields();
        fields.Remove("judgmentNumber");
        fields["amount"] = "-5";

        var response = await (await AsAsync(DemoOrganisation.Intake)).SubmitAsync($"/Tasks/{task.Id}", fields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var judgment = FieldBlock(page, "judgmentNumber");
        Assert.Contains("bắt buộc nhập", judgment);
        Assert.Contains("data-field=\"judgmentNumber\"", judgment);
        Assert.Contains("không được nhỏ hơn 0", FieldBlock(page, "amount"));
        // What was typed is kept.
        Assert.Contains("value=\"Tòa án nhân dân khu vực 1 – Đà Nẵng\"", FieldBlock(page, "court"));
        Assert.DoesNotContain("field-error", FieldBlock(page, "court"));

        Assert.Equal(UserTaskStatus.Open, (await host.Engine.GetTaskAsync(task.Id))!.Status);
    }

    [Fact]
    public async Task A_valid_post_completes_the_task_and_redirects_to_the_inbox_with_a_confirmation()
    {
        await host.OpenCaseAsync("PG-T-004");
        var task = await host.OpenTaskAsync("PG-T-004", "receiveCase");
        var intake = await AsAsync(DemoOrganisation.Intake);

        var response = await intake.SubmitAsync($"/Tasks/{task.Id}", ValidFields());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Tasks", BrowserSession.RedirectTarget(response));
        var after = (await host.Engine.GetTaskAsync(task.Id))!;
        Assert.Equal(UserTaskStatus.Completed, after.Status);
        Assert.Equal(DemoOrganisation.Intake, after.CompletedBy);

        var inbox = await intake.GetPageAsync("/Tasks");
        Assert.Contains("Đã hoàn thành công việc", inbox);
        Assert.Contains("PG-T-004", inbox);
        Assert.DoesNotContain("Đã hoàn thành công việc", await intake.GetPageAsync("/Tasks"));

        // The page of the finished task offers no form; a late post is a conflict.
        var finished = await intake.GetPageAsync($"/Tasks/{task.Id}");
        Assert.DoesNotContain("name=\"judgmentNumber\"", finished);

        var late = await intake.Client.PostAsync($"/Tasks/{task.Id}", new FormUrlEncodedContent(new Dictionary<string, string>(ValidFields())
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenOf(await intake.GetPageAsync("/Tasks?tab=unit"))),
        }));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Công việc này đã được người khác hoàn thành", await late.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_units_user_gets_403_and_an_unknown_id_404()
    {
        await host.OpenCaseAsync("PG-T-005");
        var task = await host.OpenTaskAsync("PG-T-005", "receiveCase");

        var other = await (await AsAsync(DemoOrganisation.MilitaryHead)).GetAsync($"/Tasks/{task.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var text = await other.Content.ReadAsStringAsync();
        Assert.Contains("Không có quyền truy cập", text);
        Assert.DoesNotContain("PG-T-005", text);

        var executor = await AsAsync(DemoOrganisation.ExecutorAn);
        Assert.Equal(HttpStatusCode.Forbidden, (await executor.GetAsync($"/Tasks/{task.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await executor.GetAsync($"/Tasks/{Guid.NewGuid()}")).StatusCode);

        // A head of the same unit reads the task but may not complete it; the post changes nothing.
        var head = await AsAsync(DemoOrganisation.Head);
        var readOnly = await head.GetPageAsync($"/Tasks/{task.Id}");
        Assert.Contains("Bạn chỉ được xem công việc này", readOnly);
        Assert.DoesNotContain("Hoàn thành công việc</button>", readOnly);
        var post = await head.SubmitAsync($"/Tasks/{task.Id}", ValidFields());
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(UserTaskStatus.Open, (await host.Engine.GetTaskAsync(task.Id))!.Status);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await host.OpenCaseAsync("PG-T-006");
        var task = await host.OpenTaskAsync("PG-T-006", "receiveCase");
        var client = await host.AsAsync(DemoOrganisation.Intake);

        var response = await client.PostAsync($"/Tasks/{task.Id}", new FormUrlEncodedContent(ValidFields()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(UserTaskStatus.Open, (await host.Engine.GetTaskAsync(task.Id))!.Status);
    }

    private static Dictionary<string, string> ValidFields() =>
        ApiHost.ValidIntake().ToDictionary(
            p => p.Key,
            p => p.Value!.GetValueKind() == JsonValueKind.String ? p.Value.GetValue<string>() : p.Value.ToJsonString());

    /// <summary>The markup of one field's block (from its wrapper to the next field's wrapper).</summary>
    private static string FieldBlock(string page, string key)
    {
        var start = page.IndexOf($"name=\"{key}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No field {key}");
        start = page.LastIndexOf("<div class=\"field", start, StringComparison.Ordinal);
        var end = page.IndexOf("<div class=\"field", start + 1, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    private static string TokenOf(string page) => Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    [GeneratedRegex(@"<td>\d{2}/\d{2}/\d{4} \d{2}:\d{2}")]
    private static partial Regex DateCell();
}
