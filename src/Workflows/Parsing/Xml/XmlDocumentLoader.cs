using System.Text;
using System.Xml;

namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// Loads a BPMN file through <see cref="SafeXmlReader"/>, with the input capped in size and its shape checked
/// by a <see cref="MarkupLimiter"/> on the way in, and turns every way that can fail into a single
/// <see cref="BpmnProblem"/>: nothing past a broken XML layer can be trusted.
/// </summary>
internal sealed class XmlDocumentLoader(string file, BpmnParserOptions options)
{
    // Enough for any realistic prolog; a DOCTYPE is only located within it, never needed for safety.
    private const int RecordedPrefixBytes = 64 * 1024;

    private readonly long _maxBytes = options.MaxDocumentBytes;

    public XmlLoadResult Load(string xml)
    {
        // Each UTF-16 char is at least one UTF-8 byte, so the length alone can refuse without counting.
        if (xml.Length > _maxBytes || Encoding.UTF8.GetByteCount(xml) > _maxBytes)
        {
            return TooLarge();
        }

        try
        {
            var input = new MarkupGuardTextReader(new StringReader(xml), MarkupLimiter.For(options));
            return new XmlLoadResult(SafeXmlReader.Load(input, _maxBytes), null);
        }
        catch (MarkupLimitException exception)
        {
            return Problem(exception.Line, exception.Column, exception.Code, exception.Detail);
        }
        catch (XmlException exception)
        {
            return Refused(exception, xml);
        }
    }

    public XmlLoadResult Load(Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position > _maxBytes)
        {
            return TooLarge();
        }

        var recorder = new PrefixRecordingStream(new SizeLimitedStream(stream, _maxBytes), RecordedPrefixBytes);
        try
        {
            // A UTF-8 document has at most as many characters as bytes, so the byte limit is also a character limit.
            var input = new MarkupGuardStream(recorder, MarkupLimiter.For(options));
            return new XmlLoadResult(SafeXmlReader.Load(input, _maxBytes), null);
        }
        catch (DocumentTooLargeException)
        {
            return TooLarge();
        }
        catch (MarkupLimitException exception)
        {
            return Problem(exception.Line, exception.Column, exception.Code, exception.Detail);
        }
        catch (XmlException exception)
        {
            return Refused(exception, recorder.DecodePrefix());
        }
    }

    private XmlLoadResult TooLarge() => Problem(
        1,
        1,
        BpmnProblemCodes.DocumentTooLarge,
        $"the document is larger than the limit of {_maxBytes} bytes");

    private XmlLoadResult Refused(XmlException exception, string text)
    {
        if (DoctypeLocator.TryLocate(text, exception.LineNumber, exception.LinePosition, out var line, out var column))
        {
            return Problem(
                line,
                column,
                BpmnProblemCodes.XmlDtdProhibited,
                "DOCTYPE declarations are not allowed: BPMN files must not use DTDs or entities");
        }

        return Problem(
            Math.Max(exception.LineNumber, 1),
            Math.Max(exception.LinePosition, 1),
            BpmnProblemCodes.XmlMalformed,
            $"the file is not well-formed XML: {WithoutPosition(exception)}");
    }

    private XmlLoadResult Problem(int line, int column, string code, string message) =>
        new(null, new BpmnProblem(file, line, column, null, code, message));

    // The reader appends " Line 3, position 8." to its messages; the problem carries the position already.
    private static string WithoutPosition(XmlException exception)
    {
        var suffix = $" Line {exception.LineNumber}, position {exception.LinePosition}.";
        var message = exception.Message;
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}
