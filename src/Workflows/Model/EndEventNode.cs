namespace Thads.Workflows.Model;

/// <summary>An end event: none, terminate, or error (throwing <see cref="Error"/>).</summary>
public sealed class EndEventNode(string id, string? name, SourceLocation location, EventDefinitionKind definition, BpmnErrorRef? error)
    : FlowNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.EndEvent;

    public EventDefinitionKind Definition { get; } = definition;

    public BpmnErrorRef? Error { get; } = error;
}
