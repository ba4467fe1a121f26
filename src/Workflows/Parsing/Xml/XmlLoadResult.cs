using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Xml;

/// <summary>Either the loaded document or the one problem that stopped loading it.</summary>
internal sealed record XmlLoadResult(XDocument? Document, BpmnProblem? Problem);
