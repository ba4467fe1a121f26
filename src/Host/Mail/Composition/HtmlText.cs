using System.Text;

namespace Thads.Host.Mail.Composition;

/// <summary>Escapes text for HTML mail bodies.</summary>
/// <remarks>
/// Only the five markup characters are replaced. WebUtility.HtmlEncode would also turn Latin-1 letters such
/// as "à" into numeric entities, making Vietnamese source text unreadable for anyone viewing the raw message.
/// </remarks>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Plain text as HTML paragraphs: blank lines separate paragraphs, single line breaks are kept.</summary>
    public static string Paragraphs(string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => "<p>" + Encode(paragraph).Replace("\n", "<br>\n", StringComparison.Ordinal) + "</p>");
        return string.Join("\n", paragraphs);
    }
}
