using Thads.Host.Cases.Diagram;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cases;

/// <summary>
/// The workflow side of one case: its process instances (the main one and those it called), their open tasks,
/// their journals merged in time order, and the diagram of each instance's definition version.
/// </summary>
/// <param name="Main">The case's main process (<see cref="CaseOptions.ProcessKey"/>), or its only root; null when none was started.</param>
public sealed record CaseWorkflow(
    InstanceSnapshot? Main,
    IReadOnlyList<InstanceSummary> Instances,
    IReadOnlyList<UserTaskInfo> OpenTasks,
    IReadOnlyList<WorkflowEvent> Journal,
    IReadOnlyDictionary<Guid, ProcessDiagram> Diagrams)
{
    public static readonly CaseWorkflow None = new(null, [], [], [], new Dictionary<Guid, ProcessDiagram>());

    public ProcessDiagram? DiagramOf(Guid instanceId) => Diagrams.GetValueOrDefault(instanceId);

    /// <summary>What the main instance has completed and where it waits now, for the picture.</summary>
    public DiagramProgress MainProgress()
    {
        if (Main is null)
        {
            return DiagramProgress.None;
        }

        var done = Journal
            .Where(e => e.InstanceId == Main.Id && e.ElementId is not null
                && e.Type is WorkflowEventTypes.ActivityCompleted or WorkflowEventTypes.TaskCompleted)
            .Select(e => e.ElementId!)
            .ToHashSet(StringComparer.Ordinal);
        var current = Main.Tokens.Where(t => t.Status != TokenStatus.Incident).Select(t => t.ElementId).ToHashSet(StringComparer.Ordinal);
        var incidents = Main.Tokens.Where(t => t.Status == TokenStatus.Incident).Select(t => t.ElementId).ToHashSet(StringComparer.Ordinal);
        return new DiagramProgress(done, current, incidents);
    }
}
