using Microsoft.AspNetCore.Hosting.StaticWebAssets;

namespace Thads.Host.Accounts;

public static class AccountsApplicationExtensions
{
    /// <summary>
    /// Static files, authentication, the forced password change, authorization, the pages, and a catch-all for
    /// <c>/api</c> that requires a signed-in user, so an unknown or future API path never answers an anonymous
    /// caller with anything but 401.
    /// </summary>
    public static WebApplication UseThadsAccounts(this WebApplication app)
    {
        // Content root is the build output (ContentRoot.Choose); outside Development the project's wwwroot is only
        // found through the static web assets manifest, which this loads (no-op when published).
        if (!app.Environment.IsDevelopment())
        {
            StaticWebAssetsLoader.UseStaticWebAssets(app.Environment, app.Configuration);
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<Csrf.CookieApiForgeryGuard>();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapFallback(AccountPaths.ApiPrefix + "/{**path}", () => Results.NotFound()).RequireAuthorization();
        return app;
    }
}
