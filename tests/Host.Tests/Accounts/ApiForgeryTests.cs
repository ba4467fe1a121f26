using System.Net;
using System.Net.Http.Json;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Api;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Api.ApiHost;

namespace Thads.Host.Tests.Accounts;

/// <summary>
/// Cross-site request forgery: a cookie-authenticated API write must come from our own origin or carry the
/// antiforgery token; a refused write changes nothing. Reads and bearer-token calls are not affected.
/// </summary>
public sealed class ApiForgeryTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "http://localhost.evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData(null, null)]
    public async Task A_cookie_write_from_another_site_or_of_unknown_origin_is_refused_and_changes_nothing(string? header, string? value)
    {
        var number = "CSRF-" + Guid.NewGuid().ToString("N")[..8];
        await host.OpenCaseAsync(number);
        var task = await host.OpenTaskAsync(number, "receiveCase");
        var client = await host.AsAsync(DemoOrganisation.Intake);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{task.Id}/complete") { Content = JsonContent.Create(ValidIntake()) };
        request.Headers.Remove("Origin");
        client.DefaultRequestHeaders.Remove("Origin");
        try
        {
            if (header is not null)
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }

            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Origin", (await JsonAsync(response))["detail"]!.GetValue<string>());
        }
        finally
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Origin", "http://localhost");
        }

        Assert.Equal(UserTaskStatus.Open, (await host.Engine.GetTaskAsync(task.Id))!.Status);
    }

    [Fact]
    public async Task A_same_origin_cookie_write_passes()
    {
        await host.OpenCaseAsync("CSRF-OK-1");
        var task = await host.OpenTaskAsync("CSRF-OK-1", "receiveCase");
        var client = await host.AsAsync(DemoOrganisation.Intake);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{task.Id}/complete") { Content = JsonContent.Create(ValidIntake()) };
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_antiforgery_header_lets_a_cookie_write_through_without_an_origin_and_a_wrong_one_does_not()
    {
        await host.OpenCaseAsync("CSRF-OK-2");
        var task = await host.OpenTaskAsync("CSRF-OK-2", "receiveCase");
        var browser = await host.BrowserAsync(DemoOrganisation.Intake);
        var token = await browser.FormTokenAsync("/Tasks");
        browser.Client.DefaultRequestHeaders.Remove("Origin");
        try
        {
            using var wrong = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{task.Id}/complete") { Content = JsonContent.Create(ValidIntake()) };
            wrong.Headers.Add("X-CSRF-TOKEN", "CfDJ8-not-a-token");
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.SendAsync(wrong)).StatusCode);
            Assert.Equal(UserTaskStatus.Open, (await host.Engine.GetTaskAsync(task.Id))!.Status);

            using var right = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{task.Id}/complete") { Content = JsonContent.Create(ValidIntake()) };
            right.Headers.Add("X-CSRF-TOKEN", token);
            Assert.Equal(HttpStatusCode.OK, (await browser.Client.SendAsync(right)).StatusCode);
        }
        finally
        {
            browser.Client.DefaultRequestHeaders.TryAddWithoutValidation("Origin", "http://localhost");
        }
    }

    [Fact]
    public async Task Cookie_reads_need_no_origin()
    {
        var client = await host.AsAsync(DemoOrganisation.Head);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }
}
