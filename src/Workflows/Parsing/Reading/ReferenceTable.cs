using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// The document-level <c>message</c> and <c>error</c> elements that events and receive tasks refer to.
/// They are collected before any process is read, so their order in the file does not matter.
/// </summary>
internal sealed class ReferenceTable(ProblemCollector problems)
{
    private readonly Dictionary<string, string> _messageNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BpmnErrorRef> _errors = new(StringComparer.Ordinal);

    public void AddMessage(XElement message)
    {
        if (RequireId(message) is { } id)
        {
            // Correlation is by name; a message without one is known by its id.
            _messageNames.TryAdd(id, ElementInfo.Attribute(message, "name") ?? id);
        }
    }

    public void AddError(XElement error)
    {
        if (RequireId(error) is { } id)
        {
            _errors.TryAdd(id, new BpmnErrorRef(id, ElementInfo.Attribute(error, "name"), ElementInfo.Attribute(error, "errorCode")));
        }
    }

    /// <summary>The message name for <c>messageRef</c> on <paramref name="at"/>; a missing or unknown ref is reported.</summary>
    public string? ResolveMessage(XElement at)
    {
        var messageRef = ElementInfo.Attribute(at, "messageRef");
        if (messageRef is null)
        {
            problems.Report(at, BpmnProblemCodes.MissingAttribute, "messageRef is required");
            return null;
        }

        if (_messageNames.TryGetValue(messageRef, out var name))
        {
            return name;
        }

        problems.Report(at, BpmnProblemCodes.DanglingReference, $"messageRef '{messageRef}' does not name a message");
        return null;
    }

    /// <summary>
    /// The error for <c>errorRef</c> on <paramref name="at"/>. An unknown ref is reported, and so is an error
    /// without an <c>errorCode</c>: codes are what is thrown and caught, and a missing one would silently
    /// turn a specific catch into a catch-all.
    /// </summary>
    public BpmnErrorRef? ResolveError(XElement at, string errorRef)
    {
        if (!_errors.TryGetValue(errorRef, out var error))
        {
            problems.Report(at, BpmnProblemCodes.DanglingReference, $"errorRef '{errorRef}' does not name an error");
            return null;
        }

        if (error.Code is null)
        {
            problems.Report(at, BpmnProblemCodes.MissingErrorCode, $"the error '{errorRef}' has no errorCode");
            return null;
        }

        return error;
    }

    private string? RequireId(XElement element)
    {
        var id = ElementInfo.Id(element);
        if (id is null)
        {
            problems.Report(element, BpmnProblemCodes.MissingAttribute, "id is required");
        }

        return id;
    }
}
