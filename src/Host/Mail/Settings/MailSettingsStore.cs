using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Outbox;

namespace Thads.Host.Mail.Settings;

/// <summary>Reads and writes the administrators' mail settings in <c>mail_settings</c>.</summary>
internal sealed class MailSettingsStore(IDbContextFactory<MailDbContext> contexts, TimeProvider time, ILogger<MailSettingsStore> logger)
{
    /// <summary>The keys that may be stored; anything else in the table (a hand-made row) is ignored.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [MailSettingKeys.SmtpHost, MailSettingKeys.SmtpPort, MailSettingKeys.SmtpSecurity, MailSettingKeys.SmtpUser, MailSettingKeys.From];

    public async Task<MailSettingsOverride> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Settings.AsNoTracking().ToDictionaryAsync(row => row.Key, row => row.Value, StringComparer.OrdinalIgnoreCase, cancellationToken);
        return new MailSettingsOverride(
            rows.GetValueOrDefault(MailSettingKeys.SmtpHost)?.Trim(),
            Parsed(rows, MailSettingKeys.SmtpPort, (string text, out int value) => MailSettingText.TryParseInt(text, out value)),
            Parsed(rows, MailSettingKeys.SmtpSecurity, (string text, out MailSecurity value) => MailSettingText.TryParseSecurity(text, out value)),
            rows.GetValueOrDefault(MailSettingKeys.SmtpUser) is { Length: > 0 } user ? user.Trim() : null,
            rows.GetValueOrDefault(MailSettingKeys.From) is { Length: > 0 } from ? from.Trim() : null);
    }

    /// <summary>Replaces every stored setting with <paramref name="settings"/> (a null value removes the row).</summary>
    public async Task WriteAsync(MailSettingsOverride settings, string actor, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [MailSettingKeys.SmtpHost] = settings.Host,
            [MailSettingKeys.SmtpPort] = settings.Port?.ToString(CultureInfo.InvariantCulture),
            [MailSettingKeys.SmtpSecurity] = settings.Security?.ToString(),
            [MailSettingKeys.SmtpUser] = settings.User,
            [MailSettingKeys.From] = settings.From,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Settings.ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcTicks;
        foreach (var (key, value) in values)
        {
            var row = rows.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase));
            if (value is null)
            {
                if (row is not null)
                {
                    db.Settings.Remove(row);
                }
            }
            else if (row is null)
            {
                db.Settings.Add(new MailSettingRow { Key = key, Value = value, UpdatedAtTicks = now, UpdatedBy = actor });
            }
            else if (row.Value != value)
            {
                (row.Value, row.UpdatedAtTicks, row.UpdatedBy) = (value, now, actor);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private delegate bool Parser<T>(string text, out T value);

    private T? Parsed<T>(Dictionary<string, string> rows, string key, Parser<T> parse)
        where T : struct
    {
        if (rows.GetValueOrDefault(key) is not { Length: > 0 } text)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        // Only a hand-edited row can get here (the administration page validates); the configured value stays in force.
        logger.LogWarning("mail_settings: {Key} = '{Value}' is not valid and is ignored", key, text);
        return null;
    }
}
