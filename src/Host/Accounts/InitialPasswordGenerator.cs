using System.Security.Cryptography;

namespace Thads.Host.Accounts;

/// <summary>
/// Initial passwords from the cryptographic generator that always satisfy <see cref="PasswordPolicy"/>.
/// Characters that look alike (0/O, 1/l/I) are left out because these passwords are read off a console.
/// </summary>
public static class InitialPasswordGenerator
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string All = Upper + Lower + Digits;
    private const int Length = 14;

    public static string Generate()
    {
        var characters = new char[Length];
        characters[0] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        characters[1] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        characters[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        for (var i = 3; i < Length; i++)
        {
            characters[i] = All[RandomNumberGenerator.GetInt32(All.Length)];
        }

        // The guaranteed classes must not always sit at the front.
        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }
}
