namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// Finds the DOCTYPE that made the reader fail. With <c>DtdProcessing.Prohibit</c> a DOCTYPE in the prolog is
/// reported without line information, so the prolog is scanned here; a DOCTYPE further down is reported at its
/// position as an unexpected declaration, which is checked against the text.
/// </summary>
internal static class DoctypeLocator
{
    private const string Keyword = "<!DOCTYPE";

    /// <param name="text">The document, or at least its beginning.</param>
    /// <param name="errorLine">The line the reader reported, 0 when it reported none.</param>
    /// <param name="errorColumn">The column the reader reported.</param>
    /// <param name="line">The DOCTYPE's line.</param>
    /// <param name="column">The column of the DOCTYPE's <c>&lt;</c>.</param>
    public static bool TryLocate(string text, int errorLine, int errorColumn, out int line, out int column)
    {
        line = 0;
        column = 0;
        var body = text.StartsWith('\uFEFF') ? text.AsSpan(1) : text.AsSpan();
        var offset = errorLine > 0 ? AtReportedPosition(body, errorLine, errorColumn) : InProlog(body);
        if (offset < 0)
        {
            return false;
        }

        (line, column) = TextPosition.Of(body, offset);
        return true;
    }

    private static int AtReportedPosition(ReadOnlySpan<char> text, int line, int column)
    {
        var reported = TextPosition.OffsetOf(text, line, column);
        if (reported < 0)
        {
            return -1;
        }

        // The reader points at the '<', the '!' or the keyword depending on where it stopped.
        for (var candidate = Math.Max(0, reported - 2); candidate <= reported; candidate++)
        {
            if (text[candidate..].StartsWith(Keyword, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return -1;
    }

    private static int InProlog(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i..].StartsWith(Keyword, StringComparison.Ordinal))
            {
                return i;
            }
            else if (!TrySkip(text, ref i, "<?", "?>") && !TrySkip(text, ref i, "<!--", "-->"))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool TrySkip(ReadOnlySpan<char> text, ref int i, string open, string close)
    {
        if (!text[i..].StartsWith(open, StringComparison.Ordinal))
        {
            return false;
        }

        var end = text[(i + open.Length)..].IndexOf(close, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        i += open.Length + end + close.Length;
        return true;
    }
}
