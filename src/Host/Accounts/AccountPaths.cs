namespace Thads.Host.Accounts;

/// <summary>The account pages' addresses, and which requests are API calls (answered with status codes, never redirects).</summary>
public static class AccountPaths
{
    public const string Login = "/Account/Login";
    public const string LoginTwoFactor = "/Account/LoginTwoFactor";
    public const string Security = "/Account/Security";
    public const string Logout = "/Account/Logout";
    public const string ChangePassword = "/Account/ChangePassword";
    public const string AccessDenied = "/Account/AccessDenied";
    public const string ApiPrefix = "/api";

    /// <summary>Where the OpenAPI description is served: read by programs, so it answers like the API.</summary>
    public const string OpenApiPrefix = "/openapi";

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(OpenApiPrefix, StringComparison.OrdinalIgnoreCase);
}
