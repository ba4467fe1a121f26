namespace Thads.Host.Accounts.Tokens;

/// <summary>
/// A personal API token. Only the SHA-256 of the token is stored: the token itself is shown once, when it is created,
/// and cannot be read back. It acts for its account with the account's roles and unit, as the cookie would.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    /// <summary>The <see cref="Account"/> it acts for.</summary>
    public string AccountId { get; set; } = string.Empty;

    /// <summary>The owner's label ("Báo cáo hằng tuần"), to tell tokens apart.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>SHA-256 of the whole token. Tokens carry 256 random bits, so a plain hash cannot be searched backwards.</summary>
    public byte[] Hash { get; set; } = [];

    /// <summary>The first characters of the token, shown in the list so the owner can recognise it.</summary>
    public string Prefix { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The token stops working at this moment; null means it works until revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Updated at most once a minute (<see cref="ApiTokenService.LastUsedPrecision"/>), not on every call.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } expires || expires > now);
}
