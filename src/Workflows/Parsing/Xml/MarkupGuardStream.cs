namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// Shows every byte the XML reader takes from a stream to a <see cref="MarkupLimiter"/> first. Markup
/// delimiters are ASCII, so UTF-8 (and any ASCII-compatible encoding) is scanned byte by byte; UTF-16,
/// recognised by its byte order mark or by a leading <c>&lt;</c> with a zero byte, is scanned in 16-bit units.
/// </summary>
internal sealed class MarkupGuardStream(Stream inner, MarkupLimiter limiter) : Stream
{
    private readonly byte[] _head = new byte[2];
    private int _headCount;
    private Width _width;
    private int _pendingByte = -1;

    private enum Width
    {
        Unknown,
        Bytes,
        Utf16LittleEndian,
        Utf16BigEndian,
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        foreach (var value in buffer[..read])
        {
            Inspect(value);
        }

        // A one-byte document never fills the two-byte head; scan what there is.
        if (read == 0 && _width == Width.Unknown && _headCount > 0)
        {
            _width = Width.Bytes;
            Feed(_head[0]);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Inspect(byte value)
    {
        if (_width != Width.Unknown)
        {
            Feed(value);
            return;
        }

        _head[_headCount++] = value;
        if (_headCount == 2)
        {
            _width = _head switch
            {
                [0xFF, 0xFE] or [(byte)'<', 0] => Width.Utf16LittleEndian,
                [0xFE, 0xFF] or [0, (byte)'<'] => Width.Utf16BigEndian,
                _ => Width.Bytes,
            };
            Feed(_head[0]);
            Feed(_head[1]);
        }
    }

    private void Feed(byte value)
    {
        if (_width == Width.Bytes)
        {
            limiter.Feed(value, (value & 0xC0) != 0x80);
            return;
        }

        if (_pendingByte < 0)
        {
            _pendingByte = value;
            return;
        }

        var unit = _width == Width.Utf16LittleEndian ? _pendingByte | (value << 8) : (_pendingByte << 8) | value;
        _pendingByte = -1;
        limiter.Feed(unit, !char.IsLowSurrogate((char)unit));
    }
}
