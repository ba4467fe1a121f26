namespace Thads.Host.Accounts;

/// <summary>
/// Keeps a user with an initial or reset password away from everything but the change page and logout: pages
/// redirect there, API calls get 403. Reads the claim set at sign-in, so it costs no database query.
/// </summary>
internal sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(ThadsClaimTypes.MustChangePassword, "true") && !IsAllowed(context.Request.Path))
        {
            if (AccountPaths.IsApi(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect(AccountPaths.ChangePassword);
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments(AccountPaths.ChangePassword, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(AccountPaths.Logout, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(AccountPaths.Login, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
