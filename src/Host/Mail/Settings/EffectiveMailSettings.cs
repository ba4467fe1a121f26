using Microsoft.Extensions.Options;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Transport;

namespace Thads.Host.Mail.Settings;

/// <summary>
/// The mail settings in force: configuration (<see cref="MailOptions"/>) with the administrators' stored settings
/// on top, and the transport they choose. Handed to the message builder and the dispatcher as their
/// <see cref="IOptions{MailOptions}"/>, so a change made on the administration page applies to the next message
/// without a restart.
/// </summary>
public sealed class EffectiveMailSettings : IOptions<MailOptions>
{
    private readonly MailOptions _configured;
    private readonly Func<MailOptions, IMailTransport> _transportFor;
    private volatile State _state;

    internal EffectiveMailSettings(MailOptions configured, Func<MailOptions, IMailTransport> transportFor)
    {
        _configured = configured;
        _transportFor = transportFor;
        _state = new State(configured, transportFor(configured), MailSettingsOverride.None);
    }

    /// <summary>The configured settings alone (appsettings, environment, command line).</summary>
    public MailOptions Configured => _configured;

    public MailOptions Value => _state.Options;

    public MailSettingsOverride Overrides => _state.Overrides;

    internal IMailTransport Transport => _state.Transport;

    /// <summary>Where messages go now, for the administration page and logs; never contains a secret.</summary>
    public string TransportDescription => _state.Transport.Description;

    /// <summary>Puts <paramref name="overrides"/> in force over the configured settings.</summary>
    public void Apply(MailSettingsOverride overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var options = Combine(_configured, overrides);
        _state = new State(options, _transportFor(options), overrides);
    }

    internal static MailOptions Combine(MailOptions configured, MailSettingsOverride overrides)
    {
        var options = new MailOptions
        {
            From = overrides.From ?? configured.From,
            PickupDirectory = configured.PickupDirectory,
            BaseUrl = configured.BaseUrl,
            PollInterval = configured.PollInterval,
        };
        options.Smtp.Host = overrides.Host is { } host ? (host.Length == 0 ? null : host) : configured.Smtp.Host;
        options.Smtp.Port = overrides.Port ?? configured.Smtp.Port;
        options.Smtp.Security = overrides.Security ?? configured.Smtp.Security;
        options.Smtp.User = overrides.User ?? configured.Smtp.User;
        options.Smtp.Password = configured.Smtp.Password;
        options.Smtp.Timeout = configured.Smtp.Timeout;
        options.Retry.MaxAttempts = configured.Retry.MaxAttempts;
        options.Retry.MaxAttemptsUnreachable = configured.Retry.MaxAttemptsUnreachable;
        options.Retry.InitialDelay = configured.Retry.InitialDelay;
        options.Retry.MaxDelay = configured.Retry.MaxDelay;
        return options;
    }

    private sealed record State(MailOptions Options, IMailTransport Transport, MailSettingsOverride Overrides);
}
