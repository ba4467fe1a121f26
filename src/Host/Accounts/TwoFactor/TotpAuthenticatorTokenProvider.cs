using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Thads.Host.Accounts.TwoFactor;

/// <summary>
/// Checks authenticator-app codes in place of Identity's provider, with two differences: a code is accepted only
/// once (RFC 6238 §5.2: a code seen on a shoulder or in a phishing page cannot be replayed within its window), and
/// time comes from <see cref="TimeProvider"/>. One step of clock drift either way is allowed.
/// </summary>
internal sealed class TotpAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<Account>
{
    public const string Name = "ThadsAuthenticator";
    private const string LoginProvider = "[ThadsTotp]";
    private const string LastStepToken = "LastAcceptedStep";
    private const int AllowedDrift = 1;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<Account> manager, Account user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app generates the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<Account> manager, Account user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<Account> manager, Account user)
    {
        if (!Totp.TryParse(token, out var code)
            || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } keyText
            || Totp.FromBase32(keyText) is not { Length: > 0 } key)
        {
            return false;
        }

        var now = Totp.StepAt(time.GetUtcNow());
        var lastAccepted = long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepToken), NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            ? last
            : long.MinValue;
        for (var step = now - AllowedDrift; step <= now + AllowedDrift; step++)
        {
            if (step > lastAccepted && Totp.Code(key, step) == code)
            {
                // Two requests racing with one code: the account's concurrency stamp lets only the first save succeed.
                var saved = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }

        return false;
    }
}
