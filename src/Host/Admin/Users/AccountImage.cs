using Thads.Host.Accounts;

namespace Thads.Host.Admin.Users;

/// <summary>What the audit trail records of an account: never the password hash, security stamp or authenticator key.</summary>
public sealed record AccountImage(string UserName, string? Email, DateTimeOffset? LockoutEnd, bool MustChangePassword, bool TwoFactorEnabled, int AccessFailedCount)
{
    public static AccountImage Of(Account account) => new(
        account.UserName ?? account.StaffUserName, account.Email, account.LockoutEnd, account.MustChangePassword, account.TwoFactorEnabled, account.AccessFailedCount);
}
