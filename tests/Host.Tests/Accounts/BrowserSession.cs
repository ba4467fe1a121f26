using System.Net;
using System.Text.RegularExpressions;

namespace Thads.Host.Tests.Accounts;

/// <summary>
/// A browser without JavaScript: keeps cookies, does not follow redirects (tests assert them), and posts forms with
/// the antiforgery token read from the page, as a real form submission would. Like a browser it names its page's
/// origin (<c>Origin</c>) on every request, which the API's forgery check asks of cookie-authenticated writes.
/// </summary>
public sealed partial class BrowserSession : IDisposable
{
    private readonly HttpClient client;

    public BrowserSession(HttpClient client)
    {
        this.client = client;
        // Once: a second session over the same client would otherwise send the origin twice, which is no origin at all.
        if (!client.DefaultRequestHeaders.Contains("Origin"))
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        }
    }

    public HttpClient Client => client;

    /// <summary>The antiforgery token of a page's form, as a script on that page would read it.</summary>
    public async Task<string> FormTokenAsync(string page)
    {
        var token = TokenPattern().Match(await GetPageAsync(page));
        Assert.True(token.Success, $"No antiforgery token on {page}");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(path);

    public async Task<string> GetPageAsync(string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads <paramref name="formPage"/> (default: <paramref name="path"/>) for its antiforgery token, then posts the fields with it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, IDictionary<string, string> fields, string? formPage = null)
    {
        var page = await GetPageAsync(formPage ?? path);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {path}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        SubmitAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    public Task<HttpResponseMessage> ChangePasswordAsync(string current, string next, string? confirm = null) =>
        SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = next,
            ["ConfirmPassword"] = confirm ?? next,
        });

    /// <summary>Signs in with the initial password and replaces it, leaving a session that may use every page.</summary>
    public async Task SignInAndChangePasswordAsync(string userName)
    {
        var login = await LoginAsync(userName, AccountsHost.InitialPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var change = await ChangePasswordAsync(AccountsHost.InitialPassword, AccountsHost.NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal("/", RedirectTarget(change));
    }

    /// <summary>Path and query of a redirect, whether the server wrote it absolute (cookie handler) or relative (pages).</summary>
    public static string? RedirectTarget(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => null,
        { IsAbsoluteUri: true } absolute => absolute.PathAndQuery,
        var relative => relative.OriginalString,
    };

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
