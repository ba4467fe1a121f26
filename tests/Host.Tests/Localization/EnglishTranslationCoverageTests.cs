using System.Text.RegularExpressions;
using Thads.Host.Localization;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Localization;

/// <summary>Every UI text a page asks for with <c>T["…"]</c> has an English translation, and the table holds nothing stale.</summary>
public sealed partial class EnglishTranslationCoverageTests
{
    [Fact]
    public void Every_text_the_pages_ask_for_has_an_English_translation()
    {
        var translations = new UiTranslations();
        var missing = PageTexts()
            .Where(t => translations.English(t.Text) is null)
            .Select(t => $"{t.File}: {t.Text}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "No English for:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void No_text_has_two_different_English_translations()
    {
        var conflicts = new UiTranslations().Conflicts;
        Assert.True(conflicts.Count == 0, string.Join('\n', conflicts));
    }

    [Fact]
    public void The_English_table_has_no_text_that_no_page_uses()
    {
        var used = PageTexts().Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var sources = CodeTexts();
        var stale = new UiTranslations().EnglishKeys.Where(k => !used.Contains(k) && !sources.Contains(k)).ToList();

        Assert.True(stale.Count == 0, "Unused English entries:\n" + string.Join('\n', stale));
    }

    private static IEnumerable<(string File, string Text)> PageTexts()
    {
        var pages = System.IO.Path.Combine(RepositoryRoot.Path, "src", "Host", "Pages");
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories))
        {
            foreach (Match match in TextKey().Matches(File.ReadAllText(file)))
            {
                yield return (System.IO.Path.GetRelativePath(RepositoryRoot.Path, file), Unescape(match.Groups["text"].Value));
            }
        }
    }

    /// <summary>Texts C# code passes through <see cref="UiText"/> (page models, display helpers).</summary>
    private static HashSet<string> CodeTexts()
    {
        var host = System.IO.Path.Combine(RepositoryRoot.Path, "src", "Host");
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(host, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match match in TextKey().Matches(File.ReadAllText(file)))
            {
                texts.Add(Unescape(match.Groups["text"].Value));
            }
        }

        return texts;
    }

    private static string Unescape(string text) => text.Replace("\\\"", "\"", StringComparison.Ordinal);

    // T["text"] or T["text", args] in pages; T["…"] / text["…"] in code that holds a UiText.
    [GeneratedRegex("""\b(?:T|Text|text)\["(?<text>(?:[^"\\]|\\.)*)"(?:,|\])""")]
    private static partial Regex TextKey();
}
