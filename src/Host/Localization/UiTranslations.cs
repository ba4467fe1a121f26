using System.Collections.Frozen;
using System.Text.Json;

namespace Thads.Host.Localization;

/// <summary>
/// The English table: every <c>Localization/en/*.json</c> file (Vietnamese text → English text), embedded. One file per
/// area keeps the tables short. The same text in two files should have the same English: where it does not, the
/// file first by name wins and <see cref="Conflicts"/> lists it (a test keeps that list empty; the app still starts).
/// </summary>
public sealed class UiTranslations
{
    public const string EnglishResourcePrefix = "Thads.Host.Localization.en.";

    private readonly FrozenDictionary<string, string> english;

    public UiTranslations()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        var assembly = typeof(UiTranslations).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EnglishResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            foreach (var (vietnamese, text) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
            {
                if (table.TryGetValue(vietnamese, out var earlier))
                {
                    if (earlier != text)
                    {
                        conflicts.Add($"{name}: \"{vietnamese}\" is \"{text}\" here and \"{earlier}\" in an earlier file");
                    }

                    continue;
                }

                table[vietnamese] = text;
            }
        }

        english = table.ToFrozenDictionary(StringComparer.Ordinal);
        Conflicts = conflicts;
    }

    /// <summary>Texts translated differently in two files (the first file's English is used).</summary>
    public IReadOnlyList<string> Conflicts { get; }

    public IReadOnlyCollection<string> EnglishKeys => english.Keys;

    public string? English(string vietnamese) => english.TryGetValue(vietnamese, out var text) && text.Length > 0 ? text : null;
}
