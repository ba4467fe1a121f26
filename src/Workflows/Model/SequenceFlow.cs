namespace Thads.Workflows.Model;

public sealed class SequenceFlow
{
    public SequenceFlow(string id, string? name, FlowNode source, FlowNode target, string? condition, SourceLocation location)
    {
        Id = id;
        Name = name;
        Source = source;
        Target = target;
        Condition = condition;
        Location = location;
    }

    public string Id { get; }

    public string? Name { get; }

    public FlowNode Source { get; }

    public FlowNode Target { get; }

    /// <summary>A JavaScript expression over the process variables, or null for an unconditional flow.</summary>
    public string? Condition { get; }

    public SourceLocation Location { get; }
}
