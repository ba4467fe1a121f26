using System.Text;

namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// Passes reads through and keeps a copy of the first bytes. The XML reader reports a prohibited DOCTYPE
/// without a position, so the beginning of the document is kept to find it again (see <see cref="DoctypeLocator"/>).
/// </summary>
internal sealed class PrefixRecordingStream(Stream inner, int capacity) : Stream
{
    private readonly MemoryStream _prefix = new();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The recorded bytes decoded as text; the encoding is guessed from the byte order mark, else UTF-8.</summary>
    public string DecodePrefix()
    {
        var bytes = _prefix.GetBuffer().AsSpan(0, (int)_prefix.Length);
        var (encoding, bomLength) = GuessEncoding(bytes);
        return encoding.GetString(bytes[bomLength..]);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var room = capacity - (int)_prefix.Length;
        if (room > 0 && read > 0)
        {
            _prefix.Write(buffer[..Math.Min(room, read)]);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static (Encoding Encoding, int BomLength) GuessEncoding(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [(byte)'<', 0, ..] => (Encoding.Unicode, 0),
        [0, (byte)'<', ..] => (Encoding.BigEndianUnicode, 0),
        _ => (Encoding.UTF8, 0),
    };
}
