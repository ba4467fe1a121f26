using Thads.Host.Startup;

namespace Thads.Host.Mail.Settings;

/// <summary>Puts the administrators' stored mail settings in force before the dispatcher sends anything.</summary>
internal sealed class MailSettingsStartupTask(
    MailSettingsStore store,
    EffectiveMailSettings settings,
    ILogger<MailSettingsStartupTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var overrides = await store.ReadAsync(cancellationToken);
        settings.Apply(overrides);
        if (!overrides.IsEmpty)
        {
            logger.LogInformation("Mail settings stored by an administrator are in force; messages go to {Transport}", settings.TransportDescription);
        }
    }
}
