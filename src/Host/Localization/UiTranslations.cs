using System.Collections.Frozen;
using System.Text.Json;

namespace Thads.Host.Localization;

/// <summary>
/// The English table: every <c>Localization/en/*.json</c> file (Vietnamese text → English text), embedded. One file per
/// area keeps the tables short; the same text in two files must have the same English, or start-up fails.
/// </summary>
public sealed class UiTranslations
{
    public const string EnglishResourcePrefix = "Thads.Host.Localization.en.";

    private readonly FrozenDictionary<string, string> english;

    public UiTranslations()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var assembly = typeof(UiTranslations).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EnglishResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            foreach (var (vietnamese, text) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
            {
                if (table.TryGetValue(vietnamese, out var earlier) && earlier != text)
                {
                    throw new InvalidOperationException($"{name}: \"{vietnamese}\" is translated as \"{earlier}\" elsewhere and \"{text}\" here.");
                }

                table[vietnamese] = text;
            }
        }

        english = table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> EnglishKeys => english.Keys;

    public string? English(string vietnamese) => english.TryGetValue(vietnamese, out var text) && text.Length > 0 ? text : null;
}
