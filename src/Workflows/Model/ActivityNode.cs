namespace Thads.Workflows.Model;

/// <summary>Tasks, subprocesses and call activities: the nodes that do work and can carry boundary events and loops.</summary>
public abstract class ActivityNode : FlowNode
{
    internal readonly List<BoundaryEventNode> BoundaryList = [];

    protected ActivityNode(string id, string? name, SourceLocation location)
        : base(id, name, location)
    {
    }

    public IReadOnlyList<BoundaryEventNode> BoundaryEvents => BoundaryList;

    public MultiInstanceSpec? MultiInstance { get; internal init; }

    /// <summary>The flow taken when no conditional outgoing flow is true (BPMN <c>default</c> attribute).</summary>
    public SequenceFlow? DefaultFlow { get; internal set; }

    /// <summary>Parameters evaluated when the activity starts (<c>camunda:inputParameter</c>).</summary>
    public IReadOnlyList<ParameterMapping> Inputs { get; internal init; } = [];

    /// <summary>Parameters evaluated when the activity completes (<c>camunda:outputParameter</c>).</summary>
    public IReadOnlyList<ParameterMapping> Outputs { get; internal init; } = [];
}
