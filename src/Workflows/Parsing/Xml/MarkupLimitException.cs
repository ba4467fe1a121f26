namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// Raised from inside the XML reader's input when <see cref="MarkupLimiter"/> stops a document. It is an
/// <see cref="IOException"/> because it leaves through the reader's calls to its input, which pass those on.
/// </summary>
internal sealed class MarkupLimitException(string code, string detail, int line, int column) : IOException(detail)
{
    public string Code { get; } = code;

    public string Detail { get; } = detail;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
