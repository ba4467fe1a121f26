using Thads.Workflows.Parsing.Xml;

namespace Thads.Workflows.Parsing;

/// <summary>
/// Reads BPMN 2.0 files into the engine's model. The input is untrusted: the XML layer refuses DTDs,
/// entities and oversized documents, and the model layer refuses every element the engine would not execute
/// faithfully. All problems found are returned together, and a document only when there are none.
/// Instances are stateless and can be shared between threads.
/// </summary>
public sealed class BpmnParser
{
    private readonly BpmnParserOptions _options;

    public BpmnParser(BpmnParserOptions? options = null)
    {
        _options = options ?? new BpmnParserOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxDocumentBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxNestingDepth, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.MaxNestingDepth, BpmnParserOptions.NestingDepthCeiling, nameof(options));
    }

    /// <param name="xml">The file content.</param>
    /// <param name="fileName">The name used in problems and source locations.</param>
    public BpmnParseResult Parse(string xml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(fileName);
        return Build(new XmlDocumentLoader(fileName, _options).Load(xml), fileName);
    }

    /// <summary>
    /// Reads at most <see cref="BpmnParserOptions.MaxDocumentBytes"/> + 1 bytes, and none from a seekable
    /// stream whose remaining length is already over the limit. The stream is left open.
    /// </summary>
    /// <param name="stream">The file content.</param>
    /// <param name="fileName">The name used in problems and source locations.</param>
    public BpmnParseResult Parse(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return Build(new XmlDocumentLoader(fileName, _options).Load(stream), fileName);
    }

    private BpmnParseResult Build(XmlLoadResult load, string fileName) =>
        load.Problem is { } problem
            ? new BpmnParseResult(null, [problem])
            : new DocumentBuilder(fileName, _options).Build(load.Document!);
}
