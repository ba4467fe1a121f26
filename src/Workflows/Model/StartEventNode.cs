namespace Thads.Workflows.Model;

/// <summary>A none start event (other start triggers are refused by the validator).</summary>
public sealed class StartEventNode(string id, string? name, SourceLocation location) : FlowNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.StartEvent;
}
