using System.Globalization;

namespace Thads.Host.Mail.Configuration;

/// <summary>Reads mail settings from configuration text; shared by the setup and the validator so both agree.</summary>
internal static class MailSettingText
{
    public static IReadOnlyList<string> SecurityNames { get; } = Enum.GetNames<MailSecurity>();

    /// <summary>Names only, ignoring case: Enum.TryParse would take "1" and pick a mode nobody asked for.</summary>
    public static bool TryParseSecurity(string? text, out MailSecurity security)
    {
        foreach (var candidate in Enum.GetValues<MailSecurity>())
        {
            if (string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                security = candidate;
                return true;
            }
        }

        security = default;
        return false;
    }

    public static bool TryParseInt(string? text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// <c>hh:mm:ss</c> (or <c>d.hh:mm:ss</c>) only: TimeSpan.Parse reads a bare "30" as thirty days, which would
    /// silently turn a retry delay meant in seconds into a month.
    /// </summary>
    public static bool TryParseDuration(string? text, out TimeSpan value)
    {
        value = default;
        var trimmed = text?.Trim();
        return trimmed is not null && trimmed.Contains(':', StringComparison.Ordinal)
            && TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out value);
    }
}
