namespace Thads.Workflows.Activities;

/// <summary>
/// Creates the activity object for one execution. The engine sets its inputs, runs it and throws it away,
/// so an implementation must return a fresh object every time.
/// </summary>
public interface IActivityFactory
{
    IWorkflowActivity Create(ActivityDescriptor descriptor);
}
