namespace Thads.Workflows.Model;

/// <summary>An exclusive, parallel or inclusive gateway.</summary>
public sealed class GatewayNode(string id, string? name, SourceLocation location, FlowNodeKind kind) : FlowNode(id, name, location)
{
    public override FlowNodeKind Kind { get; } = kind;

    public SequenceFlow? DefaultFlow { get; internal set; }

    public bool IsJoin => Incoming.Count > 1;
}
