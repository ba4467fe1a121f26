using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Thads.Benchmarks;

/// <summary>One signed-in browser without JavaScript: cookies, the login form with its antiforgery token, the cases it may open.</summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient _client;

    private WebSession(HttpClient client) => _client = client;

    public IReadOnlyList<int> CaseIds { get; private set; } = [];

    public static async Task<WebSession> SignInAsync(WebLoadOptions options, string account, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var session = new WebSession(new HttpClient(handler) { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });
        var response = await session.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = account, ["Password"] = options.Password }, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Redirect && await session.MustChangePasswordAsync(cancellationToken) && options.NewPassword is { } next)
        {
            response = await session.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword",
                new() { ["CurrentPassword"] = options.Password, ["NewPassword"] = next, ["ConfirmPassword"] = next }, cancellationToken);
        }
        else if (response.StatusCode != HttpStatusCode.Redirect && options.NewPassword is { } changed)
        {
            // The initial password was replaced by an earlier run: sign in with the new one.
            response = await session.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = account, ["Password"] = changed }, cancellationToken);
        }

        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{account} could not sign in ({(int)response.StatusCode}).");
        }

        session.CaseIds = await session.VisibleCaseIdsAsync(cancellationToken);
        return session;
    }

    private async Task<bool> MustChangePasswordAsync(CancellationToken cancellationToken)
    {
        using var home = await _client.GetAsync("/", cancellationToken);
        return home.Headers.Location?.OriginalString.Contains("/Account/ChangePassword", StringComparison.Ordinal) == true;
    }

    /// <summary>Requests the page; true when it answered 200.</summary>
    public async Task<bool> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> PostFormAsync(string path, string formPage, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var page = await _client.GetStringAsync(formPage, cancellationToken);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        return await _client.PostAsync(path, new FormUrlEncodedContent(fields), cancellationToken);
    }

    private async Task<IReadOnlyList<int>> VisibleCaseIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        for (var page = 1; page <= 5; page++)
        {
            using var document = JsonDocument.Parse(await _client.GetStringAsync($"/api/cases?page={page}&pageSize=100", cancellationToken));
            var items = document.RootElement.GetProperty("items");
            ids.AddRange(items.EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
            if (items.GetArrayLength() < 100)
            {
                break;
            }
        }

        return ids;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
