using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>
/// An activity that can hand part of its work to a person: <see cref="IWorkflowActivity.ExecuteAsync"/>
/// returns <see cref="ActivityResult.WaitForTask"/>, the engine creates that user task on the service task,
/// and when someone completes it the engine calls <see cref="ResumeAsync"/> with what they entered (inputs
/// are bound again first). Boundary events on the service task apply while the task is open.
/// </summary>
public interface IResumableActivity : IWorkflowActivity
{
    ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default);
}
