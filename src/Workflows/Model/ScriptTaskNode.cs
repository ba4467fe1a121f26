namespace Thads.Workflows.Model;

/// <summary>A JavaScript script task. <see cref="ResultVariable"/> receives the script's completion value.</summary>
public sealed class ScriptTaskNode(string id, string? name, SourceLocation location, string script, string? resultVariable)
    : ActivityNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.ScriptTask;

    public string Script { get; } = script;

    public string? ResultVariable { get; } = resultVariable;
}
