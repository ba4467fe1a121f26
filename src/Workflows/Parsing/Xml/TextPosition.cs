namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// Converts between character offsets and 1-based line/column the way the XML reader counts them:
/// <c>\r\n</c>, <c>\r</c> and <c>\n</c> each end a line.
/// </summary>
internal static class TextPosition
{
    public static (int Line, int Column) Of(ReadOnlySpan<char> text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (IsLineEnd(text, i))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    /// <summary>The offset of a line/column, or -1 when the text is shorter.</summary>
    public static int OffsetOf(ReadOnlySpan<char> text, int line, int column)
    {
        var currentLine = 1;
        var i = 0;
        while (currentLine < line && i < text.Length)
        {
            if (IsLineEnd(text, i))
            {
                currentLine++;
            }

            i++;
        }

        var offset = i + column - 1;
        return currentLine == line && column >= 1 && offset < text.Length ? offset : -1;
    }

    // In "\r\n" only the '\n' ends the line, so the pair counts once.
    private static bool IsLineEnd(ReadOnlySpan<char> text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
}
