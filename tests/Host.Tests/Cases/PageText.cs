using System.Net;
using System.Text.RegularExpressions;

namespace Thads.Host.Tests.Cases;

/// <summary>Reads parts of the case pages' HTML the tests assert on.</summary>
public static partial class PageText
{
    /// <summary>The markup of one section of the case page, by its id.</summary>
    public static string Section(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {id}");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    /// <summary>The timeline's entries as plain text, in page order.</summary>
    public static IReadOnlyList<string> TimelineEntries(string page) =>
        Entry().Matches(Section(page, "dong-thoi-gian")).Select(m => Plain(m.Groups[1].Value)).ToList();

    /// <summary>The block of one form field, from its wrapper to the next field's.</summary>
    public static string FieldBlock(string page, string name)
    {
        var start = page.IndexOf($"name=\"{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No field {name}");
        start = page.LastIndexOf("<div class=\"field", start, StringComparison.Ordinal);
        var end = page.IndexOf("<div class=\"field", start + 1, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    public static string Plain(string html) => WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, " "), " ")).Trim();

    public static string Token(string page) =>
        WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);

    [GeneratedRegex("<li class=\"(?:audit|workflow)\">(.*?)</li>\\s*(?=<li class=\"(?:audit|workflow)\">|</ol>)", RegexOptions.Singleline)]
    private static partial Regex Entry();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
