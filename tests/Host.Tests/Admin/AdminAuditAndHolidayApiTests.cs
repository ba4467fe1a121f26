using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Demo;
using static Thads.Host.Tests.Admin.AdminHost;

namespace Thads.Host.Tests.Admin;

/// <summary>The working-day calendar through the administration API, and the audit log that shows every trail with its filters.</summary>
[Collection(AdminCollection.Name)]
public sealed class AdminAuditAndHolidayApiTests(AdminHost host)
{
    [Fact]
    public async Task A_holiday_is_added_edited_and_removed_with_its_source_and_the_deadlines_follow()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var calendar = host.Services.GetService(typeof(Thads.Enforcement.Calendar.WorkingDayCalendar)) as Thads.Enforcement.Calendar.WorkingDayCalendar;
        Assert.NotNull(calendar);
        var day = new DateOnly(2031, 3, 12);
        Assert.True(calendar.IsWorkingDay(day));

        var added = await admin.PostAsJsonAsync("/api/admin/holidays", new
        {
            date = "2031-03-12", kind = "Holiday", occasion = "Ngày nghỉ thử nghiệm", legalBasis = "Thông báo số 1/TB-BNV",
            source = "https://moha.gov.vn/thong-bao-1", confirmation = "Unconfirmed",
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await JsonAsync(added))["id"]!.GetValue<int>();
        Assert.False(calendar.IsWorkingDay(day));
        // The calendar service told the engine: waiting working-day timers were counted again.
        Assert.Contains(host.Factory.Logs.Entries, e => e.Message.Contains("working-day timers moved", StringComparison.Ordinal));

        var year = await (await admin.GetAsync("/api/admin/holidays?year=2031")).Content.ReadAsStringAsync();
        Assert.Contains("https://moha.gov.vn/thong-bao-1", year);

        var saturday = await admin.PutAsJsonAsync($"/api/admin/holidays/{id}", new { date = "2031-03-15", kind = "Holiday", occasion = "x", legalBasis = "y" });
        Assert.Equal(HttpStatusCode.BadRequest, saturday.StatusCode);
        Assert.Equal(["date"], ErrorFields(await JsonAsync(saturday)));
        var missing = await admin.PostAsJsonAsync("/api/admin/holidays", new { date = "2031-13-01", kind = "Feast" });
        Assert.Equal(["date", "kind"], ErrorFields(await JsonAsync(missing)).Order(StringComparer.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/holidays/{id}")).StatusCode);
        Assert.True(calendar.IsWorkingDay(day));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/admin/holidays/{id}")).StatusCode);

        var audit = await JsonAsync(await admin.GetAsync("/api/admin/audit?entity=CalendarDay&user=quantri.dn"));
        var rows = audit["items"]!.AsArray().Where(r => r!["entityId"]!.GetValue<string>() == id.ToString()).ToList();
        Assert.Equal(["Deleted", "Added"], rows.Select(r => r!["action"]!.GetValue<string>()));
        Assert.Equal("calendar", rows[0]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_audit_log_filters_pages_and_shows_the_changed_fields()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice2);
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/admin/units", new { code = "DN-KV2-NK", name = "Tổ nhật ký", kind = "RegionalOffice", parentId = office }));
        var id = created["id"]!.GetValue<int>();
        await admin.PutAsJsonAsync($"/api/admin/units/{id}", new { code = "DN-KV2-NK", name = "Tổ nhật ký (đổi tên)", kind = "RegionalOffice", parentId = office });

        var today = Thads.Enforcement.Calendar.VietnamTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        var page = await JsonAsync(await admin.GetAsync($"/api/admin/audit?entity=Unit&from={today}&to={today}&user=quantri&action=Modified&pageSize=100"));
        var row = page["items"]!.AsArray().Single(r => r!["entityId"]!.GetValue<string>() == id.ToString())!;
        var change = Assert.Single(row["changes"]!.AsArray());
        Assert.Equal("Name", change!["field"]!.GetValue<string>());
        Assert.Equal("Tổ nhật ký", change["before"]!.GetValue<string>());
        Assert.Equal("Tổ nhật ký (đổi tên)", change["after"]!.GetValue<string>());

        var paged = await JsonAsync(await admin.GetAsync("/api/admin/audit?pageSize=1&page=2"));
        Assert.Single(paged["items"]!.AsArray());
        Assert.True(paged["total"]!.GetValue<int>() >= 2);

        var yesterday = await JsonAsync(await admin.GetAsync("/api/admin/audit?entity=Unit&to=2020-01-01"));
        Assert.Equal(0, yesterday["total"]!.GetValue<int>());

        var bad = await admin.GetAsync("/api/admin/audit?from=hôm-nay&action=Exploded&entity=Spaceship");
        Assert.Equal(["action", "from"], ErrorFields(await JsonAsync(bad)).Order(StringComparer.Ordinal));
        var badEntity = await admin.GetAsync("/api/admin/audit?entity=Spaceship");
        Assert.Equal(["entity"], ErrorFields(await JsonAsync(badEntity)));

        // The regional administrator does not see the province's units, nor the shared mail and calendar rows.
        var regional = await JsonAsync(await (await host.AsAsync(RegionalAdministrator)).GetAsync("/api/admin/audit?pageSize=100"));
        Assert.DoesNotContain(regional["items"]!.AsArray(), r => r!["entity"]!.GetValue<string>() == "Unit" && r["entityId"]!.GetValue<string>() == id.ToString());
        Assert.DoesNotContain(regional["items"]!.AsArray(), r => r!["entity"]!.GetValue<string>() is "MailSettings" or "MailMessage" or "CalendarDay");
        Assert.Contains(regional["items"]!.AsArray(), r => r!["entity"]!.GetValue<string>() == "Account" && r["entityId"]!.GetValue<string>() == RegionalAdministrator);
    }

    [Fact]
    public async Task The_audit_log_finds_a_case_by_number_and_only_within_the_administrators_subtree()
    {
        var number = "ADM-AUDIT-" + Guid.NewGuid().ToString("N")[..6];
        var intake = new CaseIntake(
            DemoOrganisation.Province, number, IntakePath.OnRequest, JudgmentType.Civil,
            "Tòa án nhân dân khu vực 1 – Đà Nẵng", "7/2026/DS-ST", new DateOnly(2026, 1, 15),
            [
                new PartyInput(PartyRole.Creditor, PartyKind.Person, "Nguyễn Thị Hoa"),
                new PartyInput(PartyRole.Debtor, PartyKind.Person, "Trần Văn Nợ"),
            ],
            [new ObligationInput(ObligationKind.Private, "Trả nợ tiền vay", 10_000_000, DebtorIndex: 1) { CreditorIndex = 0 }])
        {
            JudgmentEffectiveDate = new DateOnly(2026, 2, 16),
            RequestReceivedOn = new DateOnly(2026, 2, 27),
            RequesterName = "Nguyễn Thị Hoa",
        };
        var registered = await host.Services.GetRequiredService<CaseService>().RegisterAsync(intake, DemoOrganisation.Intake);

        var page = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Administrator)).GetAsync($"/api/admin/audit?case={number}&entity=EnforcementCase"));
        var row = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal(number, row["caseNumber"]!.GetValue<string>());
        Assert.Equal(registered.Id, row["caseId"]!.GetValue<int>());
        Assert.Equal(DemoOrganisation.Intake, row["actor"]!.GetValue<string>());
        Assert.Contains(row["changes"]!.AsArray(), c => c!["field"]!.GetValue<string>() == "CaseNumber" && c["after"]!.GetValue<string>() == number);

        var all = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Administrator)).GetAsync($"/api/admin/audit?case={number}"));
        Assert.True(all["total"]!.GetValue<int>() >= 3);
        Assert.All(all["items"]!.AsArray(), r => Assert.Equal(number, r!["caseNumber"]!.GetValue<string>()));

        // The case belongs to the province: outside a regional office's subtree.
        var regional = await JsonAsync(await (await host.AsAsync(RegionalAdministrator)).GetAsync($"/api/admin/audit?case={number}"));
        Assert.Equal(0, regional["total"]!.GetValue<int>());
    }
}
