using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Thads.Host.Accounts.TwoFactor;

/// <summary>
/// Identity's store, except that recovery codes are kept as SHA-256 hashes instead of in clear text: they are
/// passwords that bypass the second factor, and a copy of the database must not hand them out. A code typed in lower
/// case, with spaces or without its dash still matches.
/// </summary>
internal sealed class HashedRecoveryCodeUserStore(AccountsDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<Account, IdentityRole, AccountsDbContext>(context, describer)
{
    public override Task ReplaceCodesAsync(Account user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash).ToList(), cancellationToken);

    public override Task<bool> RedeemCodeAsync(Account user, string code, CancellationToken cancellationToken) =>
        base.RedeemCodeAsync(user, Hash(code), cancellationToken);

    private static string Hash(string code)
    {
        var normalized = new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
