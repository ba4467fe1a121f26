namespace Thads.Workflows.Model;

/// <summary>A plain <c>task</c> or a <c>manualTask</c>: it passes straight through.</summary>
public sealed class TaskNode(string id, string? name, SourceLocation location, FlowNodeKind kind) : ActivityNode(id, name, location)
{
    public override FlowNodeKind Kind { get; } = kind;
}
