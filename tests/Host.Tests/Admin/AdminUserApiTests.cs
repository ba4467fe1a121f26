using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Thads.Enforcement.Demo;
using Thads.Host.Admin;
using Thads.Host.Tests.Accounts;
using static Thads.Host.Tests.Admin.AdminHost;

namespace Thads.Host.Tests.Admin;

/// <summary><c>/api/admin/users</c>: list and filters, create with a one-time initial password, roles, lock, resets, and the limits.</summary>
[Collection(AdminCollection.Name)]
public sealed class AdminUserApiTests(AdminHost host)
{
    [Theory]
    [InlineData(DemoOrganisation.Head)]
    [InlineData(DemoOrganisation.ExecutorAn)]
    [InlineData(DemoOrganisation.Statistician)]
    public async Task Other_roles_get_403_on_every_administration_endpoint(string userName)
    {
        var client = await host.AsAsync(userName);
        foreach (var (method, path) in new[]
        {
            ("GET", "/api/admin/units"), ("POST", "/api/admin/units"), ("GET", "/api/admin/users"), ("POST", "/api/admin/users/1/lock"),
            ("GET", "/api/admin/holidays"), ("GET", "/api/admin/mail/settings"), ("POST", "/api/admin/mail/test"),
            ("GET", "/api/admin/outbox"), ("POST", "/api/admin/outbox/retry-parked"), ("GET", "/api/admin/audit"),
        })
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = method == "POST" ? JsonContent.Create(new JsonObject()) : null,
            });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Anonymous_calls_get_401()
    {
        using var anonymous = host.NewBrowser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Client.GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_created_user_signs_in_with_the_initial_password_shown_once_and_must_change_it()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice2);

        var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "chv.moi", fullName = "Lý Văn Mới", position = "Chấp hành viên sơ cấp", email = "chv.moi@thads.example.vn",
            unitId = office, roles = new[] { "Executor", "IntakeOfficer" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        var password = body["initialPassword"]!.GetValue<string>();
        Assert.Equal(14, password.Length);
        var user = body["user"]!;
        Assert.Equal(["Executor", "IntakeOfficer"], user["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(DemoOrganisation.RegionalOffice2, user["unitCode"]!.GetValue<string>());
        Assert.True(user["mustChangePassword"]!.GetValue<bool>());
        Assert.DoesNotContain(user.AsObject(), p => p.Key.Contains("hash", StringComparison.OrdinalIgnoreCase) || p.Key.Equals("password", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(password, user.ToJsonString());

        // The password is not kept anywhere the administrator could read it again, and no hash is ever shown.
        var again = await JsonAsync(await admin.GetAsync($"/api/admin/users/{user["staffId"]}"));
        Assert.DoesNotContain(password, again.ToJsonString());
        var list = await (await admin.GetAsync("/api/admin/users?search=chv.moi")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("AQAAAA", list);
        Assert.DoesNotContain("passwordHash", list, StringComparison.OrdinalIgnoreCase);

        var newcomer = await host.SignInFirstTimeAsync("chv.moi", password);
        var me = await JsonAsync(await newcomer.Client.GetAsync("/api/me"));
        Assert.Equal(DemoOrganisation.RegionalOffice2, me["unit"]!["code"]!.GetValue<string>());

        var audit = await host.AuditAsync(AdminAuditTrail.AccountEntity, "chv.moi");
        Assert.Equal("Added", Assert.Single(audit).Action.ToString());
        Assert.DoesNotContain(password, audit[0].After);
        Assert.Single(await host.AuditAsync("StaffMember", user["staffId"]!.ToJsonString()));
    }

    [Fact]
    public async Task Create_refuses_bad_values_per_field_and_writes_nothing()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var province = await host.UnitIdAsync(DemoOrganisation.Province);

        var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "Có Dấu", fullName = "", email = "khong-phai-thu", unitId = province, roles = Array.Empty<string>(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["email", "fullName", "roles", "userName"], ErrorFields(await JsonAsync(response)).Order(StringComparer.Ordinal));

        var taken = await admin.PostAsJsonAsync("/api/admin/users", new { userName = DemoOrganisation.Head, fullName = "Trùng tên", unitId = province, roles = new[] { "Executor" } });
        Assert.Equal(["userName"], ErrorFields(await JsonAsync(taken)));

        var unknownRole = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "ai.do", fullName = "Ai Đó", unitId = province, roles = new[] { "King" } });
        Assert.Equal(["roles"], ErrorFields(await JsonAsync(unknownRole)));

        Assert.Equal(0, (await JsonAsync(await admin.GetAsync("/api/admin/users?search=ai.do")))["total"]!.GetValue<int>());
        Assert.Null(await host.AccountAsync("có dấu"));
    }

    [Fact]
    public async Task List_filters_by_unit_role_and_locked()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var province = await host.UnitIdAsync(DemoOrganisation.Province);

        var executors = await JsonAsync(await admin.GetAsync($"/api/admin/users?unit={province}&role=Executor"));
        var names = executors["items"]!.AsArray().Select(i => i!["userName"]!.GetValue<string>()).ToList();
        Assert.Contains(DemoOrganisation.ExecutorAn, names);
        Assert.Contains(DemoOrganisation.ExecutorBinh, names);
        Assert.DoesNotContain(DemoOrganisation.Head, names);
        Assert.DoesNotContain(DemoOrganisation.MilitaryHead, names);

        var all = await JsonAsync(await admin.GetAsync("/api/admin/users?pageSize=100"));
        Assert.DoesNotContain(all["items"]!.AsArray(), i => i!["userName"]!.GetValue<string>() is DemoOrganisation.OtherHead or DemoOrganisation.MilitaryHead);

        var badRole = await admin.GetAsync("/api/admin/users?role=King");
        Assert.Equal(["role"], ErrorFields(await JsonAsync(badRole)));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/admin/users?unit={await host.UnitIdAsync(DemoOrganisation.OtherProvince)}")).StatusCode);

        var accountant = await host.StaffIdAsync(DemoOrganisation.Accountant);
        await admin.PostAsync($"/api/admin/users/{accountant}/lock", null);
        try
        {
            var locked = await JsonAsync(await admin.GetAsync("/api/admin/users?locked=true"));
            Assert.Contains(locked["items"]!.AsArray(), i => i!["userName"]!.GetValue<string>() == DemoOrganisation.Accountant);
            Assert.All(locked["items"]!.AsArray(), i => Assert.True(i!["locked"]!.GetValue<bool>()));
        }
        finally
        {
            await admin.PostAsync($"/api/admin/users/{accountant}/unlock", null);
        }
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_until_unlocked_and_both_are_audited()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "khoa.thu", fullName = "Phan Khóa Thử", unitId = await host.UnitIdAsync(DemoOrganisation.Province), roles = new[] { "Statistician" },
        }));
        var id = created["user"]!["staffId"]!.GetValue<int>();
        var password = created["initialPassword"]!.GetValue<string>();

        var locked = await JsonAsync(await admin.PostAsync($"/api/admin/users/{id}/lock", null));
        Assert.True(locked["lockedByAdministrator"]!.GetValue<bool>());

        using var browser = host.NewBrowser();
        var refused = await browser.LoginAsync("khoa.thu", password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("quản trị hệ thống khóa", await refused.Content.ReadAsStringAsync());

        var unlocked = await JsonAsync(await admin.PostAsync($"/api/admin/users/{id}/unlock", null));
        Assert.False(unlocked["locked"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("khoa.thu", password)).StatusCode);

        var audit = await host.AuditAsync(AdminAuditTrail.AccountEntity, "khoa.thu");
        Assert.Equal(["Unlocked", "Locked", "Added"], audit.Select(a => a.Action.ToString()));
        Assert.Contains("\"LockoutEnd\":null", audit[1].Before);
        Assert.Contains("9999", audit[1].After);
    }

    [Fact]
    public async Task Roles_and_unit_change_and_a_reset_password_replaces_the_old_one()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var province = await host.UnitIdAsync(DemoOrganisation.Province);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice1);
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "doi.vaitro", fullName = "Đỗ Đổi Vai", unitId = province, roles = new[] { "Executor" },
        }));
        var id = created["user"]!["staffId"]!.GetValue<int>();
        var first = created["initialPassword"]!.GetValue<string>();

        var updated = await admin.PutAsJsonAsync($"/api/admin/users/{id}", new
        {
            fullName = "Đỗ Đổi Vai", position = "Phó Trưởng phòng", email = "doi.vaitro@thads.example.vn", unitId = office, roles = new[] { "Deputy", "Executor" }, active = true,
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var user = await JsonAsync(updated);
        Assert.Equal(["Deputy", "Executor"], user["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(DemoOrganisation.RegionalOffice1, user["unitCode"]!.GetValue<string>());
        Assert.Equal("doi.vaitro@thads.example.vn", (await host.AccountAsync("doi.vaitro"))!.Email);
        var audit = (await host.AuditAsync("StaffMember", id.ToString()))[0];
        Assert.Contains("\"Roles\":\"Executor\"", audit.Before);
        Assert.Contains("\"Roles\":\"Deputy, Executor\"", audit.After);

        var reset = await JsonAsync(await admin.PostAsync($"/api/admin/users/{id}/reset-password", null));
        var second = reset["initialPassword"]!.GetValue<string>();
        Assert.NotEqual(first, second);
        using (var stale = host.NewBrowser())
        {
            Assert.Equal(HttpStatusCode.OK, (await stale.LoginAsync("doi.vaitro", first)).StatusCode);
        }

        var session = await host.SignInFirstTimeAsync("doi.vaitro", second);
        var me = await JsonAsync(await session.Client.GetAsync("/api/me"));
        Assert.Equal(["Deputy", "Executor"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("PasswordReset", (await host.AuditAsync(AdminAuditTrail.AccountEntity, "doi.vaitro"))[0].Action.ToString());
    }

    [Fact]
    public async Task Two_factor_reset_switches_it_off_and_discards_the_key()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var id = await host.StaffIdAsync(DemoOrganisation.ExecutorBinh);
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(host.Services))
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Thads.Host.Accounts.Account>>(scope.ServiceProvider);
            var account = (await users.FindByNameAsync(DemoOrganisation.ExecutorBinh))!;
            await users.ResetAuthenticatorKeyAsync(account);
            await users.SetTwoFactorEnabledAsync(account, true);
        }

        Assert.True((await JsonAsync(await admin.GetAsync($"/api/admin/users/{id}")))["twoFactorEnabled"]!.GetValue<bool>());
        var reset = await JsonAsync(await admin.PostAsync($"/api/admin/users/{id}/reset-two-factor", null));

        Assert.False(reset["twoFactorEnabled"]!.GetValue<bool>());
        Assert.False((await host.AccountAsync(DemoOrganisation.ExecutorBinh))!.TwoFactorEnabled);
        Assert.Equal("TwoFactorReset", (await host.AuditAsync(AdminAuditTrail.AccountEntity, DemoOrganisation.ExecutorBinh))[0].Action.ToString());
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_role_or_lock_themselves_out()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var self = await host.StaffIdAsync(DemoOrganisation.Administrator);
        var province = await host.UnitIdAsync(DemoOrganisation.Province);

        var demote = await admin.PutAsJsonAsync($"/api/admin/users/{self}", new
        {
            fullName = "Bùi Văn Quản", unitId = province, roles = new[] { "Statistician" }, active = false,
        });
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Equal(["active", "roles"], ErrorFields(await JsonAsync(demote)).Order(StringComparer.Ordinal));

        var lockSelf = await admin.PostAsync($"/api/admin/users/{self}/lock", null);
        Assert.Equal(HttpStatusCode.BadRequest, lockSelf.StatusCode);
        Assert.Equal(["staffId"], ErrorFields(await JsonAsync(lockSelf)));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/users")).StatusCode);
        Assert.Null((await host.AccountAsync(DemoOrganisation.Administrator))!.LockoutEnd);
    }

    [Fact]
    public async Task A_regional_administrator_cannot_touch_province_users()
    {
        var regional = await host.AsAsync(RegionalAdministrator);
        var head = await host.StaffIdAsync(DemoOrganisation.Head);
        var province = await host.UnitIdAsync(DemoOrganisation.Province);
        var office = await host.UnitIdAsync(DemoOrganisation.RegionalOffice1);

        var list = await JsonAsync(await regional.GetAsync("/api/admin/users?pageSize=100"));
        Assert.All(list["items"]!.AsArray(), i => Assert.Equal(DemoOrganisation.RegionalOffice1, i!["unitCode"]!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.Forbidden, (await regional.GetAsync($"/api/admin/users/{head}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regional.PostAsync($"/api/admin/users/{head}/lock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regional.PostAsync($"/api/admin/users/{head}/reset-password", null)).StatusCode);
        var edit = await regional.PutAsJsonAsync($"/api/admin/users/{head}", new
        {
            fullName = "Đổi trái phép", unitId = office, roles = new[] { "Executor" }, active = true,
        });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        var create = await regional.PostAsJsonAsync("/api/admin/users", new { userName = "lau.tinh", fullName = "Lấn Tỉnh", unitId = province, roles = new[] { "Head" } });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        // Pulling a province user into the office is refused too: the person is outside the subtree.
        var ownOfficeStaff = await regional.PutAsJsonAsync($"/api/admin/users/{await host.StaffIdAsync(DemoOrganisation.Intake)}", new
        {
            fullName = "Võ Thị Thu", unitId = office, roles = new[] { "IntakeOfficer" }, active = true,
        });
        Assert.Equal(HttpStatusCode.Forbidden, ownOfficeStaff.StatusCode);

        // Nothing changed.
        var head2 = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Administrator)).GetAsync($"/api/admin/users/{head}"));
        Assert.Equal("Nguyễn Văn Trường", head2["fullName"]!.GetValue<string>());
        Assert.Equal(DemoOrganisation.Province, head2["unitCode"]!.GetValue<string>());
        Assert.False(head2["locked"]!.GetValue<bool>());
        Assert.Null(await host.AccountAsync("lau.tinh"));
        Assert.Empty(await host.AuditAsync("StaffMember", head.ToString()));

        // Shared settings belong to a top-level unit's administrator.
        Assert.Equal(HttpStatusCode.Forbidden, (await regional.GetAsync("/api/admin/mail/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regional.PostAsJsonAsync("/api/admin/holidays", new { date = "2026-12-24", kind = "Holiday", occasion = "x", legalBasis = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regional.PostAsync("/api/admin/outbox/retry-parked", null)).StatusCode);
    }
}
