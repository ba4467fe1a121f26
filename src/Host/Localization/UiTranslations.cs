using System.Collections.Frozen;
using System.Text.Json;

namespace Thads.Host.Localization;

/// <summary>The English table, embedded from <c>Localization/en.json</c> (Vietnamese text → English text).</summary>
public sealed class UiTranslations
{
    public const string EnglishResource = "Thads.Host.Localization.en.json";

    private readonly FrozenDictionary<string, string> english;

    public UiTranslations()
    {
        using var stream = typeof(UiTranslations).Assembly.GetManifestResourceStream(EnglishResource)
            ?? throw new InvalidOperationException($"Embedded resource {EnglishResource} is missing.");
        english = (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> EnglishKeys => english.Keys;

    public string? English(string vietnamese) => english.TryGetValue(vietnamese, out var text) && text.Length > 0 ? text : null;
}
