namespace Thads.Host.Accounts.Sessions;

/// <summary>How long a signed-in session lasts (<c>Accounts:Session:*</c>).</summary>
public sealed class AccountSessionOptions
{
    public const string SectionName = "Accounts:Session";

    /// <summary>A session unused this long ends; each request within it extends it (sliding).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in however busy it is, so a stolen cookie cannot be kept alive.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>
    /// How often a session is checked against the account: a changed password, a lockout or changed 2FA then ends
    /// the other sessions, and changed roles take effect. Each check is one database read.
    /// </summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
