namespace Thads.Host.Admin.Users;

/// <summary>
/// An administrator's lock is Identity's lockout with no end, which tells it apart from the 15-minute lockout after
/// wrong passwords (the login page words the two differently).
/// </summary>
public static class AdministratorLock
{
    public static readonly DateTimeOffset Until = DateTimeOffset.MaxValue;

    /// <summary>Whether a lockout end is an administrator's lock (compared by year: the stored text may lose the last tick).</summary>
    public static bool Is(DateTimeOffset? lockoutEnd) => lockoutEnd is { Year: >= 9999 };
}
