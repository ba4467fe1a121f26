namespace Thads.Enforcement.Cases.Audit;

/// <summary>
/// What happened to the audited row. Case data only ever gets the first three; the others name administrators'
/// actions on accounts and outgoing mail, which change a row in a way "Modified" would not explain.
/// Stored by name, so adding a value never renumbers old rows.
/// </summary>
public enum AuditAction
{
    Added,
    Modified,
    Deleted,

    /// <summary>An administrator locked an account.</summary>
    Locked,

    /// <summary>An administrator unlocked an account.</summary>
    Unlocked,

    /// <summary>An administrator gave an account a new initial password.</summary>
    PasswordReset,

    /// <summary>An administrator switched off an account's second factor and discarded its authenticator key.</summary>
    TwoFactorReset,

    /// <summary>An administrator queued a parked message again.</summary>
    Retried,
}
