using Thads.Workflows.Runtime;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Persistence;

/// <summary>
/// Where definitions and instance state live. The engine loads what a stimulus needs, works on private
/// copies and hands every touched instance to <see cref="CommitAsync"/>, which writes all of them in one
/// transaction or none (optimistic check on each instance's version).
/// </summary>
internal interface IWorkflowStore
{
    Task InitializeAsync(CancellationToken cancellationToken = default);

    Task<DefinitionRecord?> FindLatestDefinitionAsync(string key, CancellationToken cancellationToken = default);

    Task<DefinitionRecord?> FindDefinitionAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(string? key, CancellationToken cancellationToken = default);

    /// <summary>Adds a version; throws <see cref="WorkflowConflictException"/> when the key and version exist already.</summary>
    Task AddDefinitionAsync(DefinitionRecord definition, CancellationToken cancellationToken = default);

    /// <summary>A private copy of the instance's live state, or null.</summary>
    Task<InstanceState?> LoadInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>A private copy of the live state of the instance that owns the task, or null.</summary>
    Task<InstanceState?> LoadInstanceOfTaskAsync(Guid taskId, CancellationToken cancellationToken = default);

    Task<Guid?> FindInstanceOfIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BookmarkRef>> FindMessageWaitersAsync(string messageName, string? correlationKey, CancellationToken cancellationToken = default);

    /// <summary>Due timer bookmarks and due start timers (these with <see cref="BookmarkRef.InstanceId"/> empty), earliest first.</summary>
    Task<IReadOnlyList<BookmarkRef>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TimerSchedule>> ListTimersAsync(CancellationToken cancellationToken = default);

    Task<DateTimeOffset?> FindNextTimerDueAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes every instance's changes, and the fired start timer's change when there is one, atomically; a
    /// moved version or a start timer no longer due as expected throws <see cref="WorkflowConflictException"/>.
    /// </summary>
    Task CommitAsync(IReadOnlyCollection<InstanceState> instances, StartTimerChange? startTimer = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the start timers of a process key (on deploying a new version); returns the ids removed.</summary>
    Task<IReadOnlyList<Guid>> ReplaceStartTimersAsync(string processKey, IReadOnlyList<StartTimerState> timers, CancellationToken cancellationToken = default);

    Task<StartTimerState?> FindStartTimerAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserTaskInfo>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many tasks <paramref name="query"/> matches, ignoring its paging.</summary>
    Task<int> CountTasksAsync(TaskQuery query, CancellationToken cancellationToken = default);

    /// <summary>One task, open or ended, or null.</summary>
    Task<UserTaskInfo?> FindTaskAsync(Guid taskId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkflowEvent>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IncidentInfo>> QueryIncidentsAsync(Guid? instanceId, bool openOnly, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<InstanceSummary>> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many instances have the status, per definition id; definitions without any are left out.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountInstancesByDefinitionAsync(InstanceStatus status, CancellationToken cancellationToken = default);
}
