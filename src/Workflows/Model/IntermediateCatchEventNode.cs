namespace Thads.Workflows.Model;

/// <summary>An intermediate catch event waiting for a timer or a message.</summary>
public sealed class IntermediateCatchEventNode(string id, string? name, SourceLocation location, TimerDefinition? timer, string? messageName)
    : FlowNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.IntermediateCatchEvent;

    public TimerDefinition? Timer { get; } = timer;

    /// <summary>The name of the referenced message (correlation is by this name plus business key).</summary>
    public string? MessageName { get; } = messageName;
}
