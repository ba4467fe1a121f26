namespace Thads.Workflows.Parsing.Xml;

/// <summary>Shows every character the XML reader takes from a text to a <see cref="MarkupLimiter"/> first.</summary>
internal sealed class MarkupGuardTextReader(TextReader inner, MarkupLimiter limiter) : TextReader
{
    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var character = inner.Read();
        if (character >= 0)
        {
            limiter.Feed(character, !char.IsLowSurrogate((char)character));
        }

        return character;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        foreach (var character in buffer[..read])
        {
            limiter.Feed(character, !char.IsLowSurrogate(character));
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
