namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// Raised inside the XML reader's read loop when the input passes the size limit. It derives from
/// <see cref="IOException"/> because that is what a stream may throw; the parser turns it into a problem.
/// </summary>
internal sealed class DocumentTooLargeException(long limit)
    : IOException($"The document is larger than the limit of {limit} bytes.")
{
    public long Limit { get; } = limit;
}
