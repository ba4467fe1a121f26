using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Thads.Host.Accounts.Sessions;

/// <summary>
/// Identity's periodic session check, plus: a locked-out account's sessions end at the next check. Identity itself only
/// compares the security stamp, which a lockout does not change.
/// </summary>
internal sealed class LockoutAwareSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<Account> signInManager,
    ILoggerFactory logger) : SecurityStampValidator<Account>(options, signInManager, logger)
{
    protected override async Task<Account?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var account = await base.VerifySecurityStamp(principal);
        return account is not null && await SignInManager.UserManager.IsLockedOutAsync(account) ? null : account;
    }
}
