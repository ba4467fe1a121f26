using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Thads.Host.Database;
using Thads.Host.Startup;

namespace Thads.Host.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public const string CookieName = "thads.auth";
    public static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Identity on the application database, the session cookie, the role policies, <see cref="UnitScope"/>, the
    /// Razor Pages, and the start-up tasks that migrate the account tables and seed demo accounts. Call after the
    /// other <c>AddThads…</c> calls: the demo seed needs the domain tables migrated first.
    /// </summary>
    public static IServiceCollection AddThadsAccounts(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<AccountsDbContext>((sp, builder) =>
            AccountsDatabase.Configure(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));

        services.AddIdentity<Account, IdentityRole>(PasswordPolicy.Apply)
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<ThadsClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = SessionTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = AccountPaths.Login;
            cookie.LogoutPath = AccountPaths.Logout;
            cookie.AccessDeniedPath = AccountPaths.AccessDenied;
            ApiAwareCookieEvents.Apply(cookie.Events ??= new CookieAuthenticationEvents());
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "thads.af";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Vietnamese letters as themselves, not as &#x...; entities: pages are read on slow links.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAuthorization(ThadsPolicies.Add);
        services.TryAddScoped<UnitScope>();

        services.AddRazorPages(pages =>
        {
            // Every page needs a signed-in user unless it says otherwise: a forgotten attribute must not open a page.
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage(AccountPaths.Login);
            pages.Conventions.AllowAnonymousToPage("/Language");
        });

        services.AddStartupTask<AccountsDatabaseStartupTask>();
        services.AddStartupTask<DemoAccountsStartupTask>();
        return services;
    }
}
