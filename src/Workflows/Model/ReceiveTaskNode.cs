namespace Thads.Workflows.Model;

/// <summary>A receive task: waits for the message named <see cref="MessageName"/>.</summary>
public sealed class ReceiveTaskNode(string id, string? name, SourceLocation location, string messageName) : ActivityNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.ReceiveTask;

    public string MessageName { get; } = messageName;
}
