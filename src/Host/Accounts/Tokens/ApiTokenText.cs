using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Thads.Host.Accounts.Tokens;

/// <summary>
/// The token as the user sees it: <c>thads_</c> and 43 base64url characters (256 random bits). The prefix lets
/// secret scanners and people recognise a THADS token; only its hash is stored.
/// </summary>
public static class ApiTokenText
{
    public const string Prefix = "thads_";
    private const int RandomBytes = 32;
    private const int ShownCharacters = 10;

    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>What the list shows of a token: <c>thads_AbCd…</c>.</summary>
    public static string Shown(string token) => token[..Math.Min(ShownCharacters, token.Length)];

    /// <summary>Cheap shape check before any database lookup: a random string or a cookie value is refused at once.</summary>
    public static bool LooksValid(string token) =>
        token.Length == Prefix.Length + 43 && token.StartsWith(Prefix, StringComparison.Ordinal) && Base64Url.IsValid(token.AsSpan(Prefix.Length));
}
