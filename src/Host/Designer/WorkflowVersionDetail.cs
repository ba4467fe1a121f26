namespace Thads.Host.Designer;

/// <summary>One version with its BPMN XML, for the editor and the version comparison.</summary>
public sealed record WorkflowVersionDetail(string Key, WorkflowVersionSummary Version, string Xml);
