using System.Net;
using System.Net.Http.Json;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Organisation;
using static Thads.Host.Tests.Admin.AdminHost;

namespace Thads.Host.Tests.Admin;

/// <summary><c>/api/admin/units</c>: the tree of the administrator's subtree, create/edit with field errors, and the audit rows.</summary>
[Collection(AdminCollection.Name)]
public sealed class AdminUnitApiTests(AdminHost host)
{
    [Fact]
    public async Task The_province_administrator_sees_the_province_and_its_offices_as_a_tree()
    {
        var units = (await (await host.AsAsync(DemoOrganisation.Administrator)).GetFromJsonAsync<List<UnitRow>>("/api/admin/units"))!;

        Assert.Equal(DemoOrganisation.Province, units[0].Code);
        Assert.Equal(0, units[0].Depth);
        var offices = units.Where(u => u.Code.StartsWith(DemoOrganisation.RegionalOffice1, StringComparison.Ordinal) || u.Code == DemoOrganisation.RegionalOffice2).ToList();
        Assert.All(offices, o => Assert.True(o.Depth >= 1));
        Assert.DoesNotContain(units, u => u.Code is DemoOrganisation.MilitaryRegion or DemoOrganisation.OtherProvince);
        Assert.True(units.Single(u => u.Code == DemoOrganisation.Province).StaffCount >= 8);
    }

    [Fact]
    public async Task A_unit_is_created_under_an_office_and_audited_with_its_values()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice2);

        var response = await admin.PostAsJsonAsync("/api/admin/units", new
        {
            code = "DN-KV2-TO1", name = "Tổ thi hành án số 1 – Khu vực 2", kind = "RegionalOffice", parentId = office,
            validFrom = "2026-01-01", issuesDecisions = false, holdsMoney = false,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var unit = await JsonAsync(response);
        var id = unit["id"]!.GetValue<int>();
        Assert.Equal(office, unit["parentId"]!.GetValue<int>());
        Assert.Equal("2026-01-01", unit["validFrom"]!.GetValue<string>());
        var audit = Assert.Single(await host.AuditAsync(OrganisationService.UnitEntity, id.ToString()));
        Assert.Equal(DemoOrganisation.Administrator, audit.Actor);
        Assert.Equal("Added", audit.Action.ToString());
        Assert.Contains("\"Code\":\"DN-KV2-TO1\"", audit.After);
        Assert.Null(audit.Before);
    }

    [Fact]
    public async Task Bad_values_are_refused_with_an_error_per_field_and_nothing_is_stored()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var province = await host.UnitIdAsync(DemoOrganisation.Province);

        var response = await admin.PostAsJsonAsync("/api/admin/units", new
        {
            code = DemoOrganisation.RegionalOffice1.ToLowerInvariant(), name = "", kind = "Galaxy", parentId = province,
            validFrom = "2026-05-01", validTo = "2026-04-30",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["kind"], ErrorFields(await JsonAsync(response)));

        response = await admin.PostAsJsonAsync("/api/admin/units", new
        {
            code = DemoOrganisation.RegionalOffice1.ToLowerInvariant(), name = "", kind = "RegionalOffice", parentId = province,
            validFrom = "2026-05-01", validTo = "2026-04-30",
        });
        var problem = await JsonAsync(response);
        Assert.Equal(["code", "name", "validTo"], ErrorFields(problem).Order(StringComparer.Ordinal));
        Assert.Contains("đã được dùng", problem["errors"]!["code"]![0]!.GetValue<string>());
        Assert.StartsWith("Tên đơn vị (Name)", problem["errors"]!["name"]![0]!.GetValue<string>());

        var units = (await admin.GetFromJsonAsync<List<UnitRow>>("/api/admin/units"))!;
        Assert.Single(units, u => string.Equals(u.Code, DemoOrganisation.RegionalOffice1, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_cycle_in_the_tree_and_a_changed_code_are_refused()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice1);
        var province = await host.UnitIdAsync(DemoOrganisation.Province);
        var child = await JsonAsync(await admin.PostAsJsonAsync("/api/admin/units", new
        {
            code = "DN-KV1-TO1", name = "Tổ 1 – Khu vực 1", kind = "RegionalOffice", parentId = office,
        }));
        var childId = child["id"]!.GetValue<int>();

        // The office under its own child: a loop.
        var loop = await admin.PutAsJsonAsync($"/api/admin/units/{office}", new
        {
            code = DemoOrganisation.RegionalOffice1, name = "Phòng Thi hành án dân sự khu vực 1 – Đà Nẵng", kind = "RegionalOffice", parentId = childId,
        });
        Assert.Equal(HttpStatusCode.BadRequest, loop.StatusCode);
        var problem = await JsonAsync(loop);
        Assert.Equal(["parentId"], ErrorFields(problem));
        Assert.Contains("vòng lặp", problem["errors"]!["parentId"]![0]!.GetValue<string>());

        var self = await admin.PutAsJsonAsync($"/api/admin/units/{childId}", new { code = "DN-KV1-TO1", name = "Tổ 1", kind = "RegionalOffice", parentId = childId });
        Assert.Equal(["parentId"], ErrorFields(await JsonAsync(self)));

        var renamed = await admin.PutAsJsonAsync($"/api/admin/units/{childId}", new { code = "DN-KV1-TO9", name = "Tổ 1", kind = "RegionalOffice", parentId = office });
        Assert.Equal(["code"], ErrorFields(await JsonAsync(renamed)));

        // A real move (to the province) with a successor and an end date is accepted and audited before/after.
        var moved = await admin.PutAsJsonAsync($"/api/admin/units/{childId}", new
        {
            code = "DN-KV1-TO1", name = "Tổ 1 – Khu vực 1", kind = "RegionalOffice", parentId = province, validTo = "2026-12-31", succeededById = office,
        });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var after = await JsonAsync(moved);
        Assert.Equal(province, after["parentId"]!.GetValue<int>());
        Assert.Equal(office, after["succeededById"]!.GetValue<int>());
        var audit = (await host.AuditAsync(OrganisationService.UnitEntity, childId.ToString()))[0];
        Assert.Equal("Modified", audit.Action.ToString());
        Assert.Contains($"\"ParentId\":{office}", audit.Before);
        Assert.Contains($"\"ParentId\":{province}", audit.After);
    }

    [Fact]
    public async Task A_regional_administrator_manages_only_their_office()
    {
        var regional = await host.AsAsync(RegionalAdministrator);
        var province = await host.UnitIdAsync(DemoOrganisation.Province);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice1);

        var units = (await regional.GetFromJsonAsync<List<UnitRow>>("/api/admin/units"))!;
        Assert.Equal(DemoOrganisation.RegionalOffice1, units[0].Code);
        Assert.DoesNotContain(units, u => u.Code is DemoOrganisation.Province or DemoOrganisation.RegionalOffice2);

        Assert.Equal(HttpStatusCode.Forbidden, (await regional.GetAsync($"/api/admin/units/{province}")).StatusCode);
        var underProvince = await regional.PostAsJsonAsync("/api/admin/units", new { code = "DN-X", name = "X", kind = "RegionalOffice", parentId = province });
        Assert.Equal(HttpStatusCode.Forbidden, underProvince.StatusCode);
        Assert.Equal("application/problem+json", underProvince.Content.Headers.ContentType?.MediaType);
        var renameProvince = await regional.PutAsJsonAsync($"/api/admin/units/{province}", new
        {
            code = DemoOrganisation.Province, name = "Đổi tên trái phép", kind = "ProvincialAgency",
        });
        Assert.Equal(HttpStatusCode.Forbidden, renameProvince.StatusCode);
        // Its own office cannot be moved out from under the province either.
        var escape = await regional.PutAsJsonAsync($"/api/admin/units/{office}", new
        {
            code = DemoOrganisation.RegionalOffice1, name = "Phòng Thi hành án dân sự khu vực 1 – Đà Nẵng", kind = "RegionalOffice",
        });
        Assert.Equal(HttpStatusCode.BadRequest, escape.StatusCode);
        Assert.Equal(["parentId"], ErrorFields(await JsonAsync(escape)));

        var stored = (await (await host.AsAsync(DemoOrganisation.Administrator)).GetFromJsonAsync<List<UnitRow>>("/api/admin/units"))!;
        Assert.Equal("Thi hành án dân sự thành phố Đà Nẵng", stored.Single(u => u.Code == DemoOrganisation.Province).Name);
        Assert.DoesNotContain(stored, u => u.Code == "DN-X");
        Assert.Equal(province, stored.Single(u => u.Code == DemoOrganisation.RegionalOffice1).ParentId);
    }

    private sealed record UnitRow(int Id, string Code, string Name, string Kind, int? ParentId, int Depth, int StaffCount);
}
