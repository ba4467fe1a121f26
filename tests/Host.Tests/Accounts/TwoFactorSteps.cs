using System.Net;
using System.Text.RegularExpressions;

namespace Thads.Host.Tests.Accounts;

/// <summary>The user's side of two-factor authentication: switching it on from the security page, and signing in with it.</summary>
public static partial class TwoFactorSteps
{
    public sealed record Enabled(string Key, IReadOnlyList<string> RecoveryCodes, string UsedCode);

    /// <summary>Reads the key off the page, answers with the code an app would show now, and collects the recovery codes.</summary>
    public static async Task<Enabled> EnableAsync(BrowserSession browser)
    {
        var setup = await browser.GetPageAsync("/Account/TwoFactor");
        var key = WebUtility.HtmlDecode(SharedKey().Match(setup).Groups[1].Value);
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", key);
        var code = TotpCalculator.CodeAt(key, DateTimeOffset.UtcNow);
        var confirmed = await browser.SubmitAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var codes = RecoveryCode().Matches(await confirmed.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        return new Enabled(key, codes, code);
    }

    /// <summary>Password step; asserts it leads to the code page and returns that redirect's target.</summary>
    public static async Task<string> PasswordStepAsync(BrowserSession browser, string userName, string password = AccountsHost.NewPassword)
    {
        var login = await browser.LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var target = BrowserSession.RedirectTarget(login)!;
        Assert.StartsWith("/Account/LoginTwoFactor", target);
        return target;
    }

    public static Task<HttpResponseMessage> CodeStepAsync(BrowserSession browser, string code, string page = "/Account/LoginTwoFactor") =>
        browser.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = code });

    /// <summary>A six-digit code that is certainly wrong now (each window's codes shifted by one).</summary>
    public static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = new[] { -30, 0, 30, 60 }.Select(s => TotpCalculator.CodeAt(key, now.AddSeconds(s))).ToHashSet();
        var candidate = 0;
        while (valid.Contains(candidate.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)))
        {
            candidate++;
        }

        return candidate.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<code class=\"secret\" id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
