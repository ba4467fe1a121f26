using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Thads.Host.Accounts.Sessions;
using Thads.Host.Accounts.Tokens;
using Thads.Host.Accounts.TwoFactor;
using Thads.Host.Database;
using Thads.Host.Startup;

namespace Thads.Host.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public const string CookieName = "thads.auth";

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
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpAuthenticatorTokenProvider>(TotpAuthenticatorTokenProvider.Name)
            .AddUserStore<HashedRecoveryCodeUserStore>();
        services.Configure<IdentityOptions>(identity => identity.Tokens.AuthenticatorTokenProvider = TotpAuthenticatorTokenProvider.Name);

        services.AddOptions<AccountSessionOptions>().BindConfiguration(AccountSessionOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccountSessionOptions>, AccountSessionOptionsValidator>();
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, LockoutAwareSecurityStampValidator>());
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AccountSessionOptions>>((stamp, session) => stamp.ValidationInterval = session.Value.RevalidationInterval);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptionsMonitor<AccountSessionOptions>>((cookie, session) =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = session.CurrentValue.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = AccountPaths.Login;
                cookie.LogoutPath = AccountPaths.Logout;
                cookie.AccessDeniedPath = AccountPaths.AccessDenied;
                cookie.Events ??= new CookieAuthenticationEvents();
                ApiAwareCookieEvents.Apply(cookie.Events);
                SessionLifetimeEvents.Apply(cookie.Events, () => session.CurrentValue.AbsoluteLifetime);
            });

        // Bearer tokens for /api beside the cookie; the selector scheme picks one per request (ApiTokenAuthentication).
        services.AddScoped<ApiTokenService>();
        services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = ApiTokenAuthentication.SelectorScheme;
                authentication.DefaultAuthenticateScheme = ApiTokenAuthentication.SelectorScheme;
                authentication.DefaultChallengeScheme = ApiTokenAuthentication.SelectorScheme;
                authentication.DefaultForbidScheme = ApiTokenAuthentication.SelectorScheme;
            })
            .AddPolicyScheme(ApiTokenAuthentication.SelectorScheme, "Cookie or API token", policy => policy.ForwardDefaultSelector = ApiTokenAuthentication.SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthentication.Scheme, null);

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "thads.af";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.HeaderName = Csrf.CookieApiForgeryGuard.HeaderName;
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
            pages.Conventions.AllowAnonymousToPage(AccountPaths.LoginTwoFactor);
            pages.Conventions.AllowAnonymousToPage("/Language");
            pages.Conventions.ConfigureFilter(new PostWithoutHandlerFilter());
            // The same roles as the task API: an administrator or accountant has no inbox to show.
            pages.Conventions.AuthorizeFolder("/Tasks", Api.ApiPolicies.TaskWorker);
        });

        services.AddStartupTask<AccountsDatabaseStartupTask>();
        services.AddStartupTask<DemoAccountsStartupTask>();
        return services;
    }
}
