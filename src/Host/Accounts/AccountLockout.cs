namespace Thads.Host.Accounts;

/// <summary>How long a locked-out account still has to wait, for the messages of the sign-in pages.</summary>
public static class AccountLockout
{
    /// <summary>Whole minutes left, at least 1; the full lockout when the account is unknown (the page must not tell).</summary>
    public static int MinutesLeft(Account? account, TimeProvider time)
    {
        var left = account?.LockoutEnd is { } end ? end - time.GetUtcNow() : PasswordPolicy.LockoutDuration;
        return Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
    }
}
