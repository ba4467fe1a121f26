using Microsoft.EntityFrameworkCore;

namespace Thads.Host.Accounts.Tokens;

/// <summary>Creates, lists, revokes and checks personal API tokens. Every method acts on one account's own tokens only.</summary>
public sealed class ApiTokenService(IDbContextFactory<AccountsDbContext> contexts, TimeProvider time)
{
    public const int MaxNameLength = 100;

    /// <summary>Active tokens one account may hold; enough for a few scripts, few enough to review on one page.</summary>
    public const int MaxActivePerAccount = 10;

    /// <summary>"Last used" is written at most this often, so a busy script does not turn every call into a write.</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Today in Vietnam, the calendar the expiry dates are chosen in.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.ToOffset(VietnamOffset).DateTime);

    /// <summary>A token valid through <paramref name="lastDay"/> (Vietnam time) stops at the start of the next day.</summary>
    public static DateTimeOffset EndOf(DateOnly lastDay) =>
        new(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamOffset);

    /// <summary>The last day a token works (Vietnam time), for display.</summary>
    public static DateOnly? LastDay(ApiToken token) =>
        token.ExpiresAt is { } end ? DateOnly.FromDateTime(end.ToOffset(VietnamOffset).AddTicks(-1).DateTime) : null;

    /// <summary>Stores a new token and returns it with its text, which exists only in this answer.</summary>
    /// <exception cref="ArgumentException">Empty or too long name, or a last day before today: the page checks these first.</exception>
    public async Task<(ApiToken Token, string Text)> CreateAsync(string accountId, string name, DateOnly? lastDay, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new ArgumentException($"Token name must have 1 to {MaxNameLength} characters.", nameof(name));
        }

        if (lastDay is { } day && day < Today)
        {
            throw new ArgumentException("The last day lies in the past.", nameof(lastDay));
        }

        var text = ApiTokenText.Generate();
        var token = new ApiToken
        {
            AccountId = accountId,
            Name = name,
            Hash = ApiTokenText.Hash(text),
            Prefix = ApiTokenText.Shown(text),
            CreatedAt = Now,
            ExpiresAt = lastDay is { } last ? EndOf(last) : null,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, text);
    }

    /// <summary>The account's tokens, newest first, revoked and expired ones included (they show why a script stopped).</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(string accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking().Where(t => t.AccountId == accountId).OrderByDescending(t => t.Id).ToListAsync(cancellationToken);
    }

    public async Task<int> CountActiveAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return (await ListAsync(accountId, cancellationToken)).Count(t => t.IsActive(now));
    }

    /// <summary>Revokes one of the account's own tokens; false when the account has no such active token.</summary>
    public async Task<bool> RevokeAsync(string accountId, int tokenId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.AccountId == accountId, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }

        token.RevokedAt = Now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The active token with this text and its account, or null (unknown, revoked or expired). Whether the account
    /// may still sign in (lockout) is the caller's question.
    /// </summary>
    public async Task<(ApiToken Token, Account Account)?> FindActiveAsync(string text, CancellationToken cancellationToken = default)
    {
        if (!ApiTokenText.LooksValid(text))
        {
            return null;
        }

        var hash = ApiTokenText.Hash(text);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.ApiTokens.Where(t => t.Hash == hash)
            .Join(db.Users, t => t.AccountId, a => a.Id, (t, a) => new { Token = t, Account = a })
            .SingleOrDefaultAsync(cancellationToken);
        var now = Now;
        if (found is null || !found.Token.IsActive(now))
        {
            return null;
        }

        if (found.Token.LastUsedAt is not { } used || now - used >= LastUsedPrecision)
        {
            found.Token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return (found.Token, found.Account);
    }
}
