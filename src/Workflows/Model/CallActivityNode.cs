namespace Thads.Workflows.Model;

/// <summary>
/// A call activity starting the process <see cref="CalledElement"/> (latest version) and waiting for it.
/// Variables move by <c>camunda:in</c> / <c>camunda:out</c> mappings; <see cref="PassAllIn"/> and
/// <see cref="PassAllOut"/> stand for <c>variables="all"</c>.
/// </summary>
public sealed class CallActivityNode(string id, string? name, SourceLocation location, string calledElement) : ActivityNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.CallActivity;

    public string CalledElement { get; } = calledElement;

    public IReadOnlyList<VariableMapping> InMappings { get; internal init; } = [];

    public IReadOnlyList<VariableMapping> OutMappings { get; internal init; } = [];

    public bool PassAllIn { get; internal init; }

    public bool PassAllOut { get; internal init; }
}
