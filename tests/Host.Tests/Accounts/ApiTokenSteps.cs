using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Thads.Host.Tests.Accounts;

/// <summary>Creating tokens on the security page and calling the API with them from a client without cookies.</summary>
public static partial class ApiTokenSteps
{
    public static async Task<string> CreateAsync(BrowserSession browser, string name, string lastDay = "")
    {
        var response = await browser.SubmitAsync("/Account/Security?handler=CreateToken",
            new Dictionary<string, string> { ["TokenName"] = name, ["TokenLastDay"] = lastDay }, formPage: "/Account/Security");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = NewToken().Match(await response.Content.ReadAsStringAsync());
        Assert.True(token.Success, "The new token is not shown");
        return token.Groups[1].Value;
    }

    /// <summary>A fresh client with no cookie and no Origin: only the token speaks for it.</summary>
    public static HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string? token)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static int TokenId(string securityPage, string name)
    {
        var row = Regex.Match(securityPage, "<td>" + Regex.Escape(name) + "</td>.*?name=\"tokenId\" value=\"(\\d+)\"", RegexOptions.Singleline);
        Assert.True(row.Success, $"No revoke button for {name}");
        return int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<code class=\"secret\" id=\"new-token\">([^<]+)</code>")]
    private static partial Regex NewToken();
}
