using Microsoft.AspNetCore.Authentication.Cookies;

namespace Thads.Host.Accounts;

/// <summary>
/// API clients cannot follow a redirect to a login page: under <c>/api</c> an unauthenticated call gets 401 (naming the
/// bearer scheme) and a forbidden one 403. Pages keep the usual redirects.
/// </summary>
internal static class ApiAwareCookieEvents
{
    public static void Apply(CookieAuthenticationEvents events)
    {
        var toLogin = events.OnRedirectToLogin;
        events.OnRedirectToLogin = context =>
        {
            if (!AccountPaths.IsApi(context.Request.Path))
            {
                return toLogin(context);
            }

            // RFC 9110: a 401 names the scheme to use; programs use API tokens, the browser its cookie.
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Status(context.Response, StatusCodes.Status401Unauthorized);
        };

        var toDenied = events.OnRedirectToAccessDenied;
        events.OnRedirectToAccessDenied = context => AccountPaths.IsApi(context.Request.Path)
            ? Status(context.Response, StatusCodes.Status403Forbidden)
            : toDenied(context);
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
