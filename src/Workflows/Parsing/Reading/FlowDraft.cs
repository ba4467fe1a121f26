using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// A sequence flow as read. <see cref="Model.SequenceFlow"/> needs both end nodes, so flows are built when
/// the scope is linked. A null id or reference has already been reported.
/// </summary>
internal sealed record FlowDraft(XElement Element, string? Id, string? Name, string? SourceRef, string? TargetRef, string? Condition);
