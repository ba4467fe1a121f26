using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// The only way BPMN XML is read. BPMN files come from users, so the reader must never resolve anything
/// outside the document (XXE), never expand entities (billion laughs) and never fetch schemas.
/// </summary>
internal static class SafeXmlReader
{
    /// <summary>
    /// Predefined entities (<c>&amp;lt;</c>) and character references do not count against this limit; only
    /// DTD-declared entities would, and DTDs are prohibited. It is a second fence should that ever change.
    /// </summary>
    public const long MaxCharactersFromEntities = 1024;

    /// <summary>A fresh settings object per read: <see cref="XmlReaderSettings"/> is mutable and not thread-safe.</summary>
    public static XmlReaderSettings CreateSettings(long maxCharactersInDocument) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        MaxCharactersInDocument = maxCharactersInDocument,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        ValidationType = ValidationType.None,
        ValidationFlags = XmlSchemaValidationFlags.None,
        ConformanceLevel = ConformanceLevel.Document,
        CheckCharacters = true,
        CloseInput = false,
    };

    /// <exception cref="XmlException">The text is not well-formed or contains a DOCTYPE.</exception>
    public static XDocument Load(TextReader input, long maxCharactersInDocument)
    {
        using var reader = XmlReader.Create(input, CreateSettings(maxCharactersInDocument));
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    /// <summary>Reads from bytes so that the XML declaration's encoding is honoured.</summary>
    /// <exception cref="XmlException">The document is not well-formed or contains a DOCTYPE.</exception>
    public static XDocument Load(Stream input, long maxCharactersInDocument)
    {
        using var reader = XmlReader.Create(input, CreateSettings(maxCharactersInDocument));
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }
}
