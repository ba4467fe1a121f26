namespace Thads.Workflows.Model;

/// <summary>A BPMN <c>error</c> element: the id that events reference and the code that is thrown and caught.</summary>
public sealed record BpmnErrorRef(string Id, string? Name, string? Code);
