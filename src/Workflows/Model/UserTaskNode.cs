namespace Thads.Workflows.Model;

/// <summary>
/// A human task. Assignment attributes follow the Camunda vocabulary the bpmn.io properties panel edits
/// (<c>camunda:assignee</c>, <c>camunda:candidateGroups</c>, <c>camunda:dueDate</c>, <c>camunda:formKey</c>),
/// plus <c>thads:candidateUnit</c>. Each value may be a literal or a <c>${…}</c> expression.
/// </summary>
public sealed class UserTaskNode(string id, string? name, SourceLocation location) : ActivityNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.UserTask;

    public string? Assignee { get; internal init; }

    public string? CandidateRole { get; internal init; }

    public string? CandidateUnit { get; internal init; }

    /// <summary>An ISO 8601 date or duration (from the task's creation), or an expression giving one.</summary>
    public string? DueDate { get; internal init; }

    public string? FormKey { get; internal init; }
}
