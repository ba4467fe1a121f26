using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Thads.Host.Database;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Api;

namespace Thads.Host.Tests.Authorization;

/// <summary>
/// Calls every route the application answers as every role of the province, as a leader of another province and as
/// nobody, and checks each against <see cref="AuthorizationMatrix"/>; a refused write must leave the database exactly
/// as it was.
/// </summary>
public sealed partial class AuthorizationMatrixTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public void Every_route_the_application_answers_has_a_row_in_the_matrix_and_every_row_a_route()
    {
        var routes = EndpointInventory.Of(host.Services);
        var declared = AuthorizationMatrix.Rules.Select(r => r.Route).ToHashSet(StringComparer.Ordinal);

        Assert.True(routes.All(declared.Contains), "Routes without a row in AuthorizationMatrix:\n" + string.Join('\n', routes.Where(r => !declared.Contains(r))));
        Assert.True(declared.All(routes.Contains), "Rows for routes that no longer exist:\n" + string.Join('\n', declared.Where(r => !routes.Contains(r))));
    }

    [Fact]
    public async Task Every_role_and_another_province_get_exactly_the_access_the_matrix_gives_and_refused_writes_change_nothing()
    {
        var caseId = await host.OpenCaseAsync("AM-001/2026");
        var task = await host.OpenTaskAsync("AM-001/2026", "receiveCase");
        var samples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{id:int}"] = caseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{id:guid}"] = task.Id.ToString(),
            ["{instance}"] = task.InstanceId.ToString(),
            ["{attachmentId:int}"] = (await AttachAsync(caseId)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{documentName}"] = "v1",
            ["{**path}"] = "khong-co-duong-dan-nay",
        };
        var connectionString = host.Services.GetRequiredService<IConfiguration>()[DatabaseOptions.ConnectionStringKey]!;

        var mismatches = new List<string>();
        // Refused callers first, so an allowed write (which may change data) cannot hide a refused one's change.
        foreach (var rule in AuthorizationMatrix.Rules)
        {
            var callers = MatrixUser.All.OrderBy(u => rule.Expected(u) == Outcome.Allowed).ToList();
            foreach (var user in callers)
            {
                var expected = rule.Expected(user);
                var before = rule.IsWrite && expected != Outcome.Allowed ? await DatabaseFingerprint.OfAsync(connectionString) : null;
                var response = await CallAsync(rule, user, samples);
                var actual = rule.EndsSession && user.UserName is not null && response.StatusCode == HttpStatusCode.Redirect
                    ? Outcome.Allowed
                    : Classify(rule, response);
                if (actual != expected)
                {
                    mismatches.Add($"{rule.Route} as {user}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }

                if (before is not null && before != await DatabaseFingerprint.OfAsync(connectionString))
                {
                    mismatches.Add($"{rule.Route} as {user}: refused, but the database changed");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    /// <summary>A small PDF on the sample case, filed by its head, for the download routes.</summary>
    private async Task<int> AttachAsync(int caseId)
    {
        using var form = new MultipartFormDataContent();
        var pdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"));
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "file", "bien-ban.pdf");
        var response = await (await host.AsAsync(Thads.Enforcement.Demo.DemoOrganisation.Head)).PostAsync($"/api/cases/{caseId}/attachments", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<int>();
    }

    private async Task<HttpResponseMessage> CallAsync(EndpointRule rule, MatrixUser user, IReadOnlyDictionary<string, string> samples)
    {
        var client = user.UserName is { } name ? await host.AsAsync(name) : host.Anonymous().Client;
        var path = samples.Aggregate(rule.Path ?? rule.Pattern, (p, s) => p.Replace(s.Key, s.Value, StringComparison.Ordinal));
        var method = rule.Method == "ANY" ? "GET" : rule.Method;
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (rule.IsWrite && rule.Multipart)
        {
            request.Content = new MultipartFormDataContent { { new StringContent("ghi chú"), "note" } };
        }
        else if (rule.IsWrite && rule.IsApi)
        {
            request.Content = new StringContent(rule.JsonBody, Encoding.UTF8, "application/json");
        }
        else if (rule.IsWrite)
        {
            // A real form post carries the user's antiforgery token; without it every page would answer 400 alike.
            var form = await client.GetStringAsync(user.UserName is null ? "/Account/Login" : "/Account/ChangePassword");
            var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        }

        return await client.SendAsync(request);
    }

    private static Outcome Classify(EndpointRule rule, HttpResponseMessage response)
    {
        var location = BrowserSession.RedirectTarget(response) ?? "";
        return (int)response.StatusCode switch
        {
            401 => Outcome.SignInRequired,
            302 or 303 when location.StartsWith("/Account/Login", StringComparison.Ordinal) => Outcome.SignInRequired,
            302 or 303 when location.StartsWith("/Account/AccessDenied", StringComparison.Ordinal) => Outcome.Denied,
            403 => Outcome.Denied,
            404 when !rule.NotFoundMeansAllowed => Outcome.Denied,
            _ => Outcome.Allowed,
        };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
