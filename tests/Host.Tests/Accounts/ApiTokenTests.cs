using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Demo;
using Thads.Host.Accounts;
using Thads.Host.Tests.Api;
using static Thads.Host.Tests.Accounts.ApiTokenSteps;
using static Thads.Host.Tests.Api.ApiHost;

namespace Thads.Host.Tests.Accounts;

/// <summary>Personal API tokens: created on the security page, shown once, stored hashed, acting as their user on /api only.</summary>
public sealed class ApiTokenTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_token_is_shown_once_stored_hashed_and_acts_as_its_user_on_the_api()
    {
        var browser = await host.BrowserAsync(DemoOrganisation.ExecutorAn);
        var token = await CreateAsync(browser, "Báo cáo tuần");
        Assert.Matches("^thads_[A-Za-z0-9_-]{43}$", token);

        var page = await browser.GetPageAsync("/Account/Security");
        Assert.DoesNotContain(token, page);
        Assert.Contains("<td>Báo cáo tuần</td>", page);
        Assert.Contains(token[..10] + "…", page);
        Assert.Contains("Không hết hạn", page);

        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync())
        {
            var stored = await db.ApiTokens.SingleAsync(t => t.Name == "Báo cáo tuần");
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)), stored.Hash);
            Assert.Null(stored.LastUsedAt);
        }

        using var script = Client(host.Factory, token);
        var me = await script.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var body = await JsonAsync(me);
        Assert.Equal(DemoOrganisation.ExecutorAn, body["userName"]!.GetValue<string>());
        Assert.Equal(["Executor"], body["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync())
        {
            Assert.NotNull((await db.ApiTokens.SingleAsync(t => t.Name == "Báo cáo tuần")).LastUsedAt);
        }
    }

    [Fact]
    public async Task A_token_never_opens_a_page()
    {
        var token = await CreateAsync(await host.BrowserAsync(DemoOrganisation.Deputy), "Thử trang");
        using var script = Client(host.Factory, token);
        foreach (var path in new[] { "/", "/Tasks", "/Account/Security" })
        {
            var response = await script.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", BrowserSession.RedirectTarget(response));
        }

        var create = await script.PostAsync("/Account/Security?handler=CreateToken", new FormUrlEncodedContent(new Dictionary<string, string> { ["TokenName"] = "x" }));
        Assert.NotEqual(HttpStatusCode.OK, create.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("thads_khongphaimatruycapthatmakhongphaimatruycapthat00")]
    [InlineData("thads_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("abc")]
    public async Task A_missing_or_unknown_token_gets_401_problem_json_not_a_login_page(string? token)
    {
        using var script = Client(host.Factory, token);
        var response = await script.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_revoked_token_stops_at_once_and_only_its_owner_can_revoke_it()
    {
        var owner = await host.BrowserAsync(DemoOrganisation.Intake);
        var token = await CreateAsync(owner, "Sẽ thu hồi");
        using var script = Client(host.Factory, token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);
        var id = TokenId(await owner.GetPageAsync("/Account/Security"), "Sẽ thu hồi");

        var stranger = await host.BrowserAsync(DemoOrganisation.Statistician);
        var foreign = await stranger.SubmitAsync("/Account/Security?handler=RevokeToken", new Dictionary<string, string> { ["tokenId"] = id.ToString() }, formPage: "/Account/Security");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);

        var revoked = await owner.SubmitAsync("/Account/Security?handler=RevokeToken", new Dictionary<string, string> { ["tokenId"] = id.ToString() }, formPage: "/Account/Security");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("Đã thu hồi", await owner.GetPageAsync("/Account/Security"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_locked_out_users_tokens_stop_working_at_once()
    {
        var token = await CreateAsync(await host.BrowserAsync(DemoOrganisation.Accountant), "Kế toán");
        using var script = Client(host.Factory, token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);

        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = (await users.FindByNameAsync(DemoOrganisation.Accountant))!;
            await users.SetLockoutEndDateAsync(account, DateTimeOffset.UtcNow.AddHours(1));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);

        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(DemoOrganisation.Accountant))!, null);
        }

        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_token_sees_what_its_user_sees_and_no_case_of_another_unit()
    {
        var id = await host.OpenCaseAsync("TOKEN-C-001");
        var own = await CreateAsync(await host.BrowserAsync(DemoOrganisation.Head), "Lãnh đạo DN");
        var foreign = await CreateAsync(await host.BrowserAsync(DemoOrganisation.MilitaryHead), "Lãnh đạo QK5");

        using var ownScript = Client(host.Factory, own);
        var seen = await ownScript.GetAsync($"/api/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal("TOKEN-C-001", (await JsonAsync(seen))["caseNumber"]!.GetValue<string>());

        using var foreignScript = Client(host.Factory, foreign);
        Assert.Equal(HttpStatusCode.Forbidden, (await foreignScript.GetAsync($"/api/cases/{id}")).StatusCode);
        var list = await JsonAsync(await foreignScript.GetAsync("/api/cases?search=TOKEN-C-001"));
        Assert.Empty(list["items"]!.AsArray());
    }

    [Fact]
    public async Task A_token_completes_a_task_without_an_origin_header_and_a_foreign_token_changes_nothing()
    {
        await host.OpenCaseAsync("TOKEN-T-001");
        var task = await host.OpenTaskAsync("TOKEN-T-001", "receiveCase");
        var foreign = await CreateAsync(await host.BrowserAsync(DemoOrganisation.OtherHead), "QNG");
        using var foreignScript = Client(host.Factory, foreign);
        var refused = await foreignScript.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", ValidIntake());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(Thads.Workflows.Runtime.UserTaskStatus.Open, (await host.Engine.GetTaskAsync(task.Id))!.Status);

        // thuly.dn may already have a session in this fixture; the token is separate from it.
        var token = await CreateAsync(await host.BrowserAsync(DemoOrganisation.Intake), "Tiếp nhận tự động");
        using var script = Client(host.Factory, token);
        var done = await script.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", ValidIntake());
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }

    [Theory]
    [InlineData("", "", "Vui lòng đặt tên cho mã truy cập.")]
    [InlineData("Hết hạn hôm qua", "2020-01-01", "Ngày hết hạn phải từ hôm nay trở đi.")]
    [InlineData("Ngày sai", "31/02/2026", "Ngày hết hạn không hợp lệ.")]
    public async Task Bad_input_names_the_field_and_creates_nothing(string name, string lastDay, string error)
    {
        var browser = await host.BrowserAsync(DemoOrganisation.ExecutorBinh);
        var before = await CountTokensAsync();
        var response = await browser.SubmitAsync("/Account/Security?handler=CreateToken",
            new Dictionary<string, string> { ["TokenName"] = name, ["TokenLastDay"] = lastDay }, formPage: "/Account/Security");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(error, page);
        Assert.DoesNotContain("id=\"new-token\"", page);
        Assert.Equal(before, await CountTokensAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_names_bearer_and_cookie_authentication()
    {
        var document = await JsonAsync(await (await host.AsAsync(DemoOrganisation.Head)).GetAsync("/openapi/v1.json"));
        var schemes = document["components"]!["securitySchemes"]!;
        Assert.Equal("http", schemes["bearer"]!["type"]!.GetValue<string>());
        Assert.Equal("bearer", schemes["bearer"]!["scheme"]!.GetValue<string>());
        Assert.Equal("apiKey", schemes["cookie"]!["type"]!.GetValue<string>());
        Assert.Equal("cookie", schemes["cookie"]!["in"]!.GetValue<string>());
        Assert.Equal("thads.auth", schemes["cookie"]!["name"]!.GetValue<string>());
        Assert.Equal(2, document["security"]!.AsArray().Count);
    }

    private async Task<int> CountTokensAsync()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync();
        return await db.ApiTokens.CountAsync();
    }
}
