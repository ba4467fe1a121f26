namespace Thads.Host.Mail.Settings;

/// <summary>Stores the administrators' mail settings and puts them in force at once (see <see cref="EffectiveMailSettings"/>).</summary>
public sealed class MailSettingsEditor
{
    private readonly MailSettingsStore _store;
    private readonly EffectiveMailSettings _settings;

    internal MailSettingsEditor(MailSettingsStore store, EffectiveMailSettings settings)
    {
        _store = store;
        _settings = settings;
    }

    /// <summary>Replaces the stored settings (null values: the configured value applies) and applies them to the next message.</summary>
    /// <returns>The settings as stored now.</returns>
    public async Task<MailSettingsOverride> SaveAsync(MailSettingsOverride overrides, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        await _store.WriteAsync(overrides, actor, cancellationToken);
        var stored = await _store.ReadAsync(cancellationToken);
        _settings.Apply(stored);
        return stored;
    }
}
