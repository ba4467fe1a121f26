namespace Thads.Workflows.Activities;

/// <summary>
/// A custom activity a BPMN service task runs (<c>&lt;serviceTask thads:activity="TypeName"&gt;</c>).
/// The class carries <see cref="WorkflowActivityAttribute"/>; its inputs and outputs are public properties
/// marked <see cref="ActivityInputAttribute"/> and <see cref="ActivityOutputAttribute"/>. The engine creates
/// one object per execution, sets the inputs, calls <see cref="ExecuteAsync"/> and then copies the outputs
/// into process variables of the same name.
/// </summary>
public interface IWorkflowActivity
{
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default);
}
