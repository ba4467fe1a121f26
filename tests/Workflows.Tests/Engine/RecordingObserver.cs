using Thads.Workflows.Runtime;

namespace Thads.Workflows.Tests.Engine;

/// <summary>Keeps every committed event, in order, for assertions on the trace.</summary>
internal sealed class RecordingObserver : IWorkflowObserver
{
    private readonly List<WorkflowEvent> _events = [];

    public IReadOnlyList<WorkflowEvent> Events
    {
        get
        {
            lock (_events)
            {
                return _events.ToList();
            }
        }
    }

    public void OnEvents(IReadOnlyList<WorkflowEvent> events)
    {
        lock (_events)
        {
            _events.AddRange(events);
        }
    }
}
