namespace Thads.Workflows.Model;

/// <summary>A process or an embedded subprocess: a scope that owns nodes and sequence flows.</summary>
public interface IFlowContainer
{
    string Id { get; }

    IReadOnlyList<FlowNode> Nodes { get; }

    IReadOnlyList<SequenceFlow> Flows { get; }

    /// <summary>
    /// The none start event the scope begins at: exactly one per subprocess; at most one per process, which may
    /// instead start only by timer start events.
    /// </summary>
    StartEventNode? NoneStart { get; }
}
