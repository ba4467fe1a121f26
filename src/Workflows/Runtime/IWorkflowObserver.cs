namespace Thads.Workflows.Runtime;

/// <summary>Receives the events of each committed stimulus, in order (the CLI trace, UI notifications).</summary>
public interface IWorkflowObserver
{
    void OnEvents(IReadOnlyList<WorkflowEvent> events);
}
