using System.Net;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Accounts;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Cases;

/// <summary>The intake page <c>/Cases/New</c> in a browser without JavaScript.</summary>
public sealed class IntakePageTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task A_valid_intake_registers_the_case_starts_the_process_and_lands_on_the_case()
    {
        var intake = await host.AsAsync(DemoOrganisation.Intake);
        var response = await intake.SubmitAsync("/Cases/New", IntakeForm.Valid("IN-OK-001"));
        await CasesHost.ExpectAsync(HttpStatusCode.Redirect, response);
        var target = BrowserSession.RedirectTarget(response)!;
        Assert.Matches("^/Cases/\\d+$", target);

        var c = await host.QueryAsync(db => db.Cases.Include(x => x.Parties).Include(x => x.Obligations).SingleAsync(x => x.CaseNumber == "IN-OK-001"));
        Assert.Equal($"/Cases/{c.Id}", target);
        Assert.Equal(["Nguyễn Thị Hoa", "Trần Văn Nợ"], c.Parties.Select(p => p.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(1985, 4, 2), c.Parties.Single(p => p.FullName == "Trần Văn Nợ").DateOfBirth);
        Assert.Equal([1_500_000L, 50_000_000L], c.Obligations.Select(o => o.Amount).Order());
        Assert.Equal(new DateOnly(2026, 2, 27), c.RequestReceivedOn);
        Assert.Equal(DemoOrganisation.Intake, c.CreatedBy);

        // The process runs for it, with the case's variables, and waits at the intake task of the unit.
        var instance = (await host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = "IN-OK-001" })).Single();
        var snapshot = (await host.Engine.GetInstanceAsync(instance.Id))!;
        Assert.Equal("thads-enforcement", snapshot.ProcessId);
        Assert.Equal(c.Id, snapshot.Variables["caseId"]!.GetValue<int>());
        Assert.Equal("DN", snapshot.Variables["unitCode"]!.GetValue<string>());
        Assert.Equal(51_500_000, snapshot.Variables["amount"]!.GetValue<long>());
        var task = Assert.Single(snapshot.OpenTasks);
        Assert.Equal("receiveCase", task.ElementId);
        Assert.Equal("intake", task.CandidateRole);
        Assert.Equal("DN", task.CandidateUnit);

        var page = await intake.GetPageAsync(target);
        Assert.Contains("Đã vào sổ hồ sơ IN-OK-001 và bắt đầu quy trình thi hành án.", page);
        Assert.Contains($"href=\"/Tasks/{task.Id}\"", page);

        // The intake task's form opens with what was typed.
        var taskPage = await intake.GetPageAsync($"/Tasks/{task.Id}");
        Assert.Contains("value=\"25/2026/DS-ST\"", taskPage);
        Assert.Contains("value=\"Trần Văn Nợ\"", taskPage);
        Assert.Contains("value=\"2026-02-27\"", taskPage);
    }

    [Fact]
    public async Task Refusals_are_shown_next_to_their_fields_and_nothing_is_saved()
    {
        var fields = IntakeForm.Valid("");
        fields["JudgmentDate"] = "31/02/2026";
        fields["Parties[1].FullName"] = "";
        fields["Parties[1].IdNumber"] = "001085067890";
        fields["Obligations[1].Amount"] = "năm mươi triệu";
        fields["Obligations[0].Amount"] = "0";
        fields["Obligations[1].CreditorIndex"] = "";
        var before = await host.QueryAsync(db => db.Cases.CountAsync());
        var auditBefore = await host.QueryAsync(db => db.Audit.CountAsync());
        var instancesBefore = (await host.Engine.QueryInstancesAsync(new InstanceQuery { Take = 10_000 })).Count;

        var response = await (await host.AsAsync(DemoOrganisation.Intake)).SubmitAsync("/Cases/New", fields);
        await CasesHost.ExpectAsync(HttpStatusCode.BadRequest, response);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("Số hồ sơ: chưa nhập.", PageText.FieldBlock(page, "CaseNumber"));
        Assert.Contains("data-field=\"CaseNumber\"", PageText.FieldBlock(page, "CaseNumber"));
        Assert.Contains("không phải ngày hợp lệ", PageText.FieldBlock(page, "JudgmentDate"));
        Assert.Contains("Họ tên, tên tổ chức của đương sự thứ 2: chưa nhập.", PageText.FieldBlock(page, "Parties[1].FullName"));
        Assert.Contains("không phải số tiền hợp lệ", PageText.FieldBlock(page, "Obligations[1].Amount"));
        Assert.Contains("phải lớn hơn 0 đồng", PageText.FieldBlock(page, "Obligations[0].Amount"));
        Assert.Contains("Người được thi hành án của nghĩa vụ thứ 2: chưa chọn", PageText.FieldBlock(page, "Obligations[1].CreditorIndex"));
        Assert.Contains("field invalid", PageText.FieldBlock(page, "Obligations[1].Amount"));
        // What was typed stays, and fields without errors are not marked.
        Assert.Contains("value=\"Tòa án nhân dân khu vực 1 – Đà Nẵng\"", PageText.FieldBlock(page, "CourtName"));
        Assert.DoesNotContain("field-error", PageText.FieldBlock(page, "CourtName"));
        Assert.Contains("value=\"năm mươi triệu\"", PageText.FieldBlock(page, "Obligations[1].Amount"));

        Assert.Equal(before, await host.QueryAsync(db => db.Cases.CountAsync()));
        Assert.Equal(auditBefore, await host.QueryAsync(db => db.Audit.CountAsync()));
        Assert.Equal(instancesBefore, (await host.Engine.QueryInstancesAsync(new InstanceQuery { Take = 10_000 })).Count);
    }

    [Fact]
    public async Task A_number_already_in_the_register_is_refused_at_its_field()
    {
        var intake = await host.AsAsync(DemoOrganisation.Intake);
        await CasesHost.ExpectAsync(HttpStatusCode.Redirect, await intake.SubmitAsync("/Cases/New", IntakeForm.Valid("IN-DUP-001")));
        var again = await intake.SubmitAsync("/Cases/New", IntakeForm.Valid("IN-DUP-001"));
        await CasesHost.ExpectAsync(HttpStatusCode.BadRequest, again);
        Assert.Contains("đã có trong sổ thụ lý của đơn vị", PageText.FieldBlock(await again.Content.ReadAsStringAsync(), "CaseNumber"));
        Assert.Single(await host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = "IN-DUP-001" }));
    }

    [Fact]
    public async Task Another_party_row_is_added_by_posting_back_without_losing_what_was_typed()
    {
        var fields = IntakeForm.Valid("IN-ROW-001");
        var response = await (await host.AsAsync(DemoOrganisation.Intake)).SubmitAsync("/Cases/New?handler=AddParty", fields, formPage: "/Cases/New");
        await CasesHost.ExpectAsync(HttpStatusCode.OK, response);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("name=\"Parties[3].FullName\"", page);
        Assert.Contains("value=\"Trần Văn Nợ\"", PageText.FieldBlock(page, "Parties[1].FullName"));
        Assert.Contains("value=\"50 000 000\"", PageText.FieldBlock(page, "Obligations[1].Amount"));
        Assert.Contains("<option value=\"3\">4. (chưa nhập tên) – Người phải thi hành án</option>", page);
        Assert.Empty(await host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = "IN-ROW-001" }));

        var more = await (await host.AsAsync(DemoOrganisation.Intake)).SubmitAsync("/Cases/New?handler=AddObligation", fields, formPage: "/Cases/New");
        Assert.Contains("name=\"Obligations[2].Amount\"", await more.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_intake_officers_and_leaders_may_register_and_only_in_their_scope()
    {
        Assert.Contains("name=\"CaseNumber\"", await (await host.AsAsync(DemoOrganisation.Deputy)).GetPageAsync("/Cases/New"));

        foreach (var refused in new[] { DemoOrganisation.ExecutorAn, DemoOrganisation.Statistician, DemoOrganisation.Accountant })
        {
            var browser = await host.AsAsync(refused);
            var response = await browser.GetAsync("/Cases/New");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", BrowserSession.RedirectTarget(response));
        }

        // A unit outside the subtree (forged in the post) is refused and nothing is saved.
        var fields = IntakeForm.Valid("IN-SCOPE-001");
        fields["UnitCode"] = DemoOrganisation.MilitaryRegion;
        var post = await (await host.AsAsync(DemoOrganisation.Intake)).SubmitAsync("/Cases/New", fields);
        await CasesHost.ExpectAsync(HttpStatusCode.Forbidden, post);
        Assert.Contains("nằm ngoài phạm vi của bạn", PageText.FieldBlock(await post.Content.ReadAsStringAsync(), "UnitCode"));
        Assert.False(await host.QueryAsync(db => db.Cases.AnyAsync(c => c.CaseNumber == "IN-SCOPE-001")));

        // Without the antiforgery token the post is refused.
        var client = (await host.AsAsync(DemoOrganisation.Intake)).Client;
        var forged = await client.PostAsync("/Cases/New", new FormUrlEncodedContent(IntakeForm.Valid("IN-CSRF-001")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(await host.QueryAsync(db => db.Cases.AnyAsync(c => c.CaseNumber == "IN-CSRF-001")));
    }
}
