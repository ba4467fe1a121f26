using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Thads.Host.Accounts.Tokens;

/// <summary>
/// <c>Authorization: Bearer thads_…</c> under <c>/api</c>: the token's account signs in with the same claims the cookie
/// would carry (roles, unit, must-change flag), so policies and <see cref="UnitScope"/> treat both alike. A revoked or
/// expired token, or one whose account is locked out, fails at once; there is no cache to wait for.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    UserManager<Account> users,
    IUserClaimsPrincipalFactory<Account> principals) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AccountPaths.IsApi(Request.Path) || !ApiTokenAuthentication.HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var text = Request.Headers.Authorization.ToString()[ApiTokenAuthentication.BearerPrefix.Length..].Trim();
        if (await tokens.FindActiveAsync(text, Context.RequestAborted) is not { } found)
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API token.");
        }

        var (token, account) = found;

        if (await users.IsLockedOutAsync(account))
        {
            return AuthenticateResult.Fail("The token's account is locked out.");
        }

        var cookiePrincipal = await principals.CreateAsync(account);
        var identity = new ClaimsIdentity(
            cookiePrincipal.Claims,
            Scheme.Name,
            users.Options.ClaimsIdentity.UserNameClaimType,
            users.Options.ClaimsIdentity.RoleClaimType);
        identity.AddClaim(new Claim(ApiTokenAuthentication.TokenIdClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
