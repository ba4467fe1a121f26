using Microsoft.Extensions.Options;

namespace Thads.Host.Accounts.Sessions;

/// <summary>Refuses session settings that would make sessions endless or end before they start.</summary>
internal sealed class AccountSessionOptionsValidator : IValidateOptions<AccountSessionOptions>
{
    public ValidateOptionsResult Validate(string? name, AccountSessionOptions options)
    {
        var errors = new List<string>();
        if (options.IdleTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{AccountSessionOptions.SectionName}:{nameof(AccountSessionOptions.IdleTimeout)} must be positive (e.g. 00:30:00).");
        }

        if (options.AbsoluteLifetime < options.IdleTimeout)
        {
            errors.Add($"{AccountSessionOptions.SectionName}:{nameof(AccountSessionOptions.AbsoluteLifetime)} must not be shorter than {nameof(AccountSessionOptions.IdleTimeout)}.");
        }

        if (options.RevalidationInterval < TimeSpan.Zero)
        {
            errors.Add($"{AccountSessionOptions.SectionName}:{nameof(AccountSessionOptions.RevalidationInterval)} must not be negative.");
        }

        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
