using Microsoft.AspNetCore.Identity;

namespace Thads.Host.Accounts.Tokens;

/// <summary>
/// The scheme names. <see cref="SelectorScheme"/> is the application's default: under <c>/api</c> a request with
/// <c>Authorization: Bearer …</c> is checked by <see cref="Scheme"/>, everything else by Identity's cookie. Pages
/// never look at the header, so a token cannot open a page.
/// </summary>
public static class ApiTokenAuthentication
{
    public const string Scheme = "ApiToken";
    public const string SelectorScheme = "Thads";
    public const string BearerPrefix = "Bearer ";

    /// <summary>Claim with the id of the token that authenticated the request.</summary>
    public const string TokenIdClaim = "thads:api_token_id";

    public static string SelectScheme(HttpContext context) =>
        AccountPaths.IsApi(context.Request.Path) && HasBearer(context.Request)
            ? Scheme
            : IdentityConstants.ApplicationScheme;

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the request was authenticated by a token rather than the session cookie.</summary>
    public static bool IsTokenAuthenticated(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, AuthenticationType: Scheme };
}
