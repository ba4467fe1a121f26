using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Thads.Host.Accounts.Sessions;

/// <summary>
/// The absolute lifetime: the sliding idle timeout alone would let a session live for ever while it is used. The
/// sign-in moment is kept in the cookie's properties (re-issued cookies keep it) and checked on every request,
/// before the security-stamp check that Identity installs.
/// </summary>
internal static class SessionLifetimeEvents
{
    private const string StartedItem = ".thads.started";

    public static void Apply(CookieAuthenticationEvents events, Func<TimeSpan> absoluteLifetime)
    {
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = context =>
        {
            if (!context.Properties.Items.ContainsKey(StartedItem))
            {
                context.Properties.Items[StartedItem] = Now(context.Options).ToString("O", CultureInfo.InvariantCulture);
            }

            return signingIn(context);
        };

        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            var started = Started(context.Properties);
            if (started is null || Now(context.Options) - started.Value >= absoluteLifetime())
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validate(context);
        };
    }

    private static DateTimeOffset Now(CookieAuthenticationOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();

    /// <summary>When the session began; a cookie without the item (issued before this check existed) counts from its issue time.</summary>
    private static DateTimeOffset? Started(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(StartedItem, out var text)
        && DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var started)
            ? started
            : properties.IssuedUtc;
}
