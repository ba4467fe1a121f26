using Microsoft.Extensions.Options;
using Thads.Host.Mail.Composition;

namespace Thads.Host.Mail.Configuration;

/// <summary>Stops start-up (or <c>mail test</c>) with messages that name the offending setting. Never repeats the password.</summary>
internal sealed class MailOptionsValidator(IConfiguration configuration) : IValidateOptions<MailOptions>
{
    private const string Duration = "a duration written hh:mm:ss, such as 00:00:30";

    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        CheckText(failures);
        CheckValues(failures, options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The raw text, because <see cref="MailOptionsSetup"/> leaves the default in place for text it cannot read.</summary>
    private void CheckText(List<string> failures)
    {
        Check(failures, MailSettingKeys.SmtpSecurity, text => MailSettingText.TryParseSecurity(text, out _),
            $"use one of: {string.Join(", ", MailSettingText.SecurityNames)}");
        Check(failures, MailSettingKeys.SmtpPort, text => MailSettingText.TryParseInt(text, out _), "use a port number such as 25, 465 or 587");
        Check(failures, MailSettingKeys.RetryMaxAttempts, text => MailSettingText.TryParseInt(text, out _), "use a whole number");
        Check(failures, MailSettingKeys.RetryMaxAttemptsUnreachable, text => MailSettingText.TryParseInt(text, out _), "use a whole number");
        foreach (var key in new[] { MailSettingKeys.SmtpTimeout, MailSettingKeys.RetryInitialDelay, MailSettingKeys.RetryMaxDelay, MailSettingKeys.PollInterval })
        {
            Check(failures, key, text => MailSettingText.TryParseDuration(text, out _), $"use {Duration}");
        }
    }

    private void Check(List<string> failures, string key, Func<string, bool> parses, string hint)
    {
        var text = configuration[key];
        if (!string.IsNullOrWhiteSpace(text) && !parses(text))
        {
            failures.Add($"{key} has the value '{text}', which is not valid; {hint}.");
        }
    }

    private static void CheckValues(List<string> failures, MailOptions options)
    {
        if (!MailAddresses.TryParseMailbox(options.From, out _))
        {
            failures.Add($"{MailSettingKeys.From} is '{options.From}', which is not a mail address such as THADS Workflow <no-reply@thads.example.vn>.");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add($"{MailSettingKeys.BaseUrl} is '{options.BaseUrl}'; use the absolute http(s) address users open the application at.");
        }

        if (string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add($"{MailSettingKeys.PickupDirectory} is empty; set a directory for .eml files or leave it out for {MailOptions.DefaultPickupDirectory}.");
        }

        if (!Positive(options.PollInterval))
        {
            failures.Add($"{MailSettingKeys.PollInterval} must be longer than zero.");
        }

        CheckSmtp(failures, options.Smtp);
        CheckRetry(failures, options.Retry);
    }

    private static void CheckSmtp(List<string> failures, SmtpOptions smtp)
    {
        if (smtp.Port is < 1 or > 65535)
        {
            failures.Add($"{MailSettingKeys.SmtpPort} is {smtp.Port}; use a port number from 1 to 65535.");
        }

        if (!Positive(smtp.Timeout))
        {
            failures.Add($"{MailSettingKeys.SmtpTimeout} must be longer than zero.");
        }

        if (smtp.Security is { } security && !Enum.IsDefined(security))
        {
            failures.Add($"{MailSettingKeys.SmtpSecurity} has the unknown value '{security}'; use one of: {string.Join(", ", MailSettingText.SecurityNames)}.");
        }
    }

    private static void CheckRetry(List<string> failures, MailRetryOptions retry)
    {
        if (retry.MaxAttempts < 1)
        {
            failures.Add($"{MailSettingKeys.RetryMaxAttempts} is {retry.MaxAttempts}; use 1 or more.");
        }

        if (retry.MaxAttemptsUnreachable < 1)
        {
            failures.Add($"{MailSettingKeys.RetryMaxAttemptsUnreachable} is {retry.MaxAttemptsUnreachable}; use 1 or more.");
        }

        if (!Positive(retry.InitialDelay))
        {
            failures.Add($"{MailSettingKeys.RetryInitialDelay} must be longer than zero.");
        }

        if (retry.MaxDelay < retry.InitialDelay)
        {
            failures.Add($"{MailSettingKeys.RetryMaxDelay} ({retry.MaxDelay}) is shorter than {MailSettingKeys.RetryInitialDelay} ({retry.InitialDelay}).");
        }
    }

    private static bool Positive(TimeSpan value) => value > TimeSpan.Zero;
}
