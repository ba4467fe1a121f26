using System.Text;

namespace Thads.Workflows.Tests.Parsing;

/// <summary>
/// A well-formed BPMN document of any size, produced on the fly so a 50 MB upload costs no memory, and
/// counting how much of it the parser actually pulled.
/// </summary>
internal sealed class GeneratedDocumentStream(long length, bool seekable) : Stream
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"Definitions_Huge\">" +
        "<bpmn:process id=\"Process_Huge\" isExecutable=\"true\"><bpmn:documentation>");

    private static readonly byte[] Footer = Encoding.UTF8.GetBytes("</bpmn:documentation></bpmn:process></bpmn:definitions>");

    private long _position;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? length : throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
        {
            buffer[i] = ByteAt(_position + i);
        }

        _position += count;
        BytesRead += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte ByteAt(long position)
    {
        if (position < Header.Length)
        {
            return Header[position];
        }

        var fromEnd = length - position;
        return fromEnd <= Footer.Length ? Footer[Footer.Length - fromEnd] : (byte)(position % 80 == 0 ? '\n' : 'a');
    }
}
