namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// A read-only view of a stream that fails once more than <c>limit</c> bytes have come through. It never asks
/// the inner stream for more than <c>limit + 1</c> bytes in total, so an endless or huge upload costs at most
/// that much reading.
/// </summary>
internal sealed class SizeLimitedStream(Stream inner, long limit) : Stream
{
    private long _bytesRead;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _bytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // One byte past the limit is enough to know the document is too large.
        var allowed = (int)Math.Min(buffer.Length, limit + 1 - _bytesRead);
        if (allowed <= 0)
        {
            throw new DocumentTooLargeException(limit);
        }

        var read = inner.Read(buffer[..allowed]);
        _bytesRead += read;
        if (_bytesRead > limit)
        {
            throw new DocumentTooLargeException(limit);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
