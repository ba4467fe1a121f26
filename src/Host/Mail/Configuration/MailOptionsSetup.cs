using Microsoft.Extensions.Options;

namespace Thads.Host.Mail.Configuration;

/// <summary>Fills <see cref="MailOptions"/> from configuration; text it cannot read leaves the default in place.</summary>
/// <remarks>
/// Not the configuration binder: it throws on an unknown enum name or a malformed number before any validator
/// runs, so the operator would get a conversion error instead of <see cref="MailOptionsValidator"/>'s message.
/// </remarks>
internal sealed class MailOptionsSetup(IConfiguration configuration) : IConfigureOptions<MailOptions>
{
    public void Configure(MailOptions options)
    {
        options.From = Text(MailSettingKeys.From) ?? options.From;
        options.PickupDirectory = Text(MailSettingKeys.PickupDirectory) ?? options.PickupDirectory;
        options.BaseUrl = Text(MailSettingKeys.BaseUrl) ?? options.BaseUrl;
        if (MailSettingText.TryParseDuration(configuration[MailSettingKeys.PollInterval], out var poll))
        {
            options.PollInterval = poll;
        }

        ConfigureSmtp(options.Smtp);
        ConfigureRetry(options.Retry);
    }

    private void ConfigureSmtp(SmtpOptions smtp)
    {
        smtp.Host = Text(MailSettingKeys.SmtpHost) ?? smtp.Host;
        smtp.User = Text(MailSettingKeys.SmtpUser) ?? smtp.User;
        // Not trimmed: spaces may belong to a password.
        smtp.Password = configuration[MailSettingKeys.SmtpPassword] is { Length: > 0 } password ? password : smtp.Password;
        if (MailSettingText.TryParseInt(configuration[MailSettingKeys.SmtpPort], out var port))
        {
            smtp.Port = port;
        }

        if (MailSettingText.TryParseSecurity(configuration[MailSettingKeys.SmtpSecurity], out var security))
        {
            smtp.Security = security;
        }

        if (MailSettingText.TryParseDuration(configuration[MailSettingKeys.SmtpTimeout], out var timeout))
        {
            smtp.Timeout = timeout;
        }
    }

    private void ConfigureRetry(MailRetryOptions retry)
    {
        if (MailSettingText.TryParseInt(configuration[MailSettingKeys.RetryMaxAttempts], out var maxAttempts))
        {
            retry.MaxAttempts = maxAttempts;
        }

        if (MailSettingText.TryParseInt(configuration[MailSettingKeys.RetryMaxAttemptsUnreachable], out var maxUnreachable))
        {
            retry.MaxAttemptsUnreachable = maxUnreachable;
        }

        if (MailSettingText.TryParseDuration(configuration[MailSettingKeys.RetryInitialDelay], out var initial))
        {
            retry.InitialDelay = initial;
        }

        if (MailSettingText.TryParseDuration(configuration[MailSettingKeys.RetryMaxDelay], out var max))
        {
            retry.MaxDelay = max;
        }
    }

    private string? Text(string key) => string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();
}
