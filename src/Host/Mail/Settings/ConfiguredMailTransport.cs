using MimeKit;
using Thads.Host.Mail.Transport;

namespace Thads.Host.Mail.Settings;

/// <summary>The transport of the settings in force at the moment of sending (see <see cref="EffectiveMailSettings"/>).</summary>
internal sealed class ConfiguredMailTransport(EffectiveMailSettings settings) : IMailTransport
{
    public string Description => settings.TransportDescription;

    public Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default) =>
        settings.Transport.SendAsync(message, cancellationToken);
}
