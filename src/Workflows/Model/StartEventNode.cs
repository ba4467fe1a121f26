namespace Thads.Workflows.Model;

/// <summary>
/// A start event: the none start event (started by a call), or, at the top of a process only, a timer start
/// event that starts a new instance when its timer comes due.
/// </summary>
public sealed class StartEventNode(string id, string? name, SourceLocation location, TimerDefinition? timer = null) : FlowNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.StartEvent;

    /// <summary>The timer of a timer start event; null for the none start event.</summary>
    public TimerDefinition? Timer { get; } = timer;
}
