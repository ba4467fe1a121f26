using System.Text;

namespace Thads.Host.Accounts.TwoFactor;

/// <summary>What a user types or scans into an authenticator app: the key in readable groups and the otpauth URI.</summary>
public static class AuthenticatorSetup
{
    public const string Issuer = "THADS Workflow";

    /// <summary>"abcd efgh ijkl …": lower case in groups of four, as apps accept it and people can read it out.</summary>
    public static string Readable(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return result.ToString().ToLowerInvariant();
    }

    /// <summary>The Key URI Format apps read from the QR code (issuer, account, secret, 6 digits, 30 seconds, SHA-1).</summary>
    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits={Totp.Digits}&period={(int)Totp.Step.TotalSeconds}&algorithm=SHA1";
}
