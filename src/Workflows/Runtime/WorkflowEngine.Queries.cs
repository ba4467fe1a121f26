namespace Thads.Workflows.Runtime;

public sealed partial class WorkflowEngine
{
    public async Task<InstanceSnapshot?> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var state = await _context.Store.LoadInstanceAsync(instanceId, cancellationToken);
        return state is null ? null : Snapshot(state);
    }

    public Task<IReadOnlyList<UserTaskInfo>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default) =>
        _context.Store.QueryTasksAsync(query, cancellationToken);

    /// <summary>How many tasks the query matches, ignoring its paging (an inbox's page count).</summary>
    public Task<int> CountTasksAsync(TaskQuery query, CancellationToken cancellationToken = default) =>
        _context.Store.CountTasksAsync(query, cancellationToken);

    /// <summary>One task by id, open or ended; null when there is none.</summary>
    public Task<UserTaskInfo?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        _context.Store.FindTaskAsync(taskId, cancellationToken);

    public Task<IReadOnlyList<WorkflowEvent>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        _context.Store.ReadJournalAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<IncidentInfo>> QueryIncidentsAsync(Guid? instanceId = null, bool openOnly = true, CancellationToken cancellationToken = default) =>
        _context.Store.QueryIncidentsAsync(instanceId, openOnly, cancellationToken);

    public Task<IReadOnlyList<InstanceSummary>> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default) =>
        _context.Store.QueryInstancesAsync(query, cancellationToken);

    /// <summary>
    /// How many instances with the status each deployed version has (by definition id; versions without any are
    /// absent), so a version list can say which versions still have running cases.
    /// </summary>
    public Task<IReadOnlyDictionary<Guid, int>> CountInstancesByDefinitionAsync(InstanceStatus status = InstanceStatus.Running, CancellationToken cancellationToken = default) =>
        _context.Store.CountInstancesByDefinitionAsync(status, cancellationToken);
}
