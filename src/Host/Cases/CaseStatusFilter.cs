using Thads.Enforcement.Legal.Status;

namespace Thads.Host.Cases;

/// <summary>Reads the status filter of the case list: an <see cref="EnforcementStatus"/> name, or <c>New</c> for cases without a decision yet.</summary>
public static class CaseStatusFilter
{
    public const string New = "New";

    public static bool TryParse(string? text, out EnforcementStatus? status, out bool newOnly)
    {
        status = null;
        newOnly = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        text = text.Trim();
        if (string.Equals(text, New, StringComparison.OrdinalIgnoreCase))
        {
            newOnly = true;
            return true;
        }

        if (!int.TryParse(text, out _) && Enum.TryParse<EnforcementStatus>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            status = parsed;
            return true;
        }

        return false;
    }

    public static string Allowed => string.Join(", ", [New, .. Enum.GetNames<EnforcementStatus>()]);
}
