using System.Text.Json.Nodes;

namespace Thads.Workflows.Runtime.State;

/// <summary>
/// Everything the engine needs to continue one process instance, plus what the current stimulus changed.
/// A stimulus works on a private copy; the store accepts the changes only if nobody committed in between
/// (<see cref="Version"/>).
/// </summary>
internal sealed class InstanceState
{
    public required Guid Id { get; init; }

    public required Guid DefinitionId { get; init; }

    public required string ProcessId { get; init; }

    public string? BusinessKey { get; init; }

    public InstanceStatus Status { get; set; }

    /// <summary>The version the copy was loaded at; the store refuses a commit when its row moved on.</summary>
    public long Version { get; set; }

    public bool IsNew { get; set; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }

    public string? StartedBy { get; init; }

    public Guid? ParentInstanceId { get; init; }

    public Guid? ParentTokenId { get; init; }

    public int LastSeq { get; set; }

    public Dictionary<Guid, TokenState> Tokens { get; private init; } = [];

    /// <summary>Variables by scope: <see cref="Guid.Empty"/> is the process, any other key a token.</summary>
    public Dictionary<Guid, Dictionary<string, JsonNode?>> Variables { get; private init; } = [];

    /// <summary>Open tasks, plus tasks ended by the current stimulus until it is committed.</summary>
    public Dictionary<Guid, UserTaskState> Tasks { get; private init; } = [];

    public Dictionary<Guid, BookmarkState> Bookmarks { get; private init; } = [];

    /// <summary>Open incidents, plus incidents resolved by the current stimulus until it is committed.</summary>
    public Dictionary<Guid, IncidentState> Incidents { get; private init; } = [];

    public EntityChanges<Guid> TokenChanges { get; } = new();

    public EntityChanges<VariableKey> VariableChanges { get; } = new();

    public EntityChanges<Guid> TaskChanges { get; } = new();

    public EntityChanges<Guid> BookmarkChanges { get; } = new();

    public EntityChanges<Guid> IncidentChanges { get; } = new();

    public List<WorkflowEvent> NewEvents { get; } = [];

    public bool IsEnded => Status != InstanceStatus.Running;

    /// <summary>A deep copy with no pending changes, so a failed stimulus leaves the stored state untouched.</summary>
    public InstanceState Clone()
    {
        var copy = new InstanceState
        {
            Id = Id,
            DefinitionId = DefinitionId,
            ProcessId = ProcessId,
            BusinessKey = BusinessKey,
            Status = Status,
            Version = Version,
            IsNew = IsNew,
            StartedAt = StartedAt,
            EndedAt = EndedAt,
            StartedBy = StartedBy,
            ParentInstanceId = ParentInstanceId,
            ParentTokenId = ParentTokenId,
            LastSeq = LastSeq,
            Tokens = Tokens.ToDictionary(p => p.Key, p => p.Value.Clone()),
            Tasks = Tasks.ToDictionary(p => p.Key, p => p.Value.Clone()),
            Bookmarks = Bookmarks.ToDictionary(p => p.Key, p => p.Value.Clone()),
            Incidents = Incidents.ToDictionary(p => p.Key, p => p.Value.Clone()),
            Variables = Variables.ToDictionary(
                p => p.Key,
                p => p.Value.ToDictionary(v => v.Key, v => v.Value?.DeepClone(), StringComparer.Ordinal)),
        };
        return copy;
    }

    /// <summary>After a commit: forget the change log and drop rows that are history now.</summary>
    public void AcceptChanges()
    {
        foreach (var id in Tasks.Where(t => t.Value.Status != UserTaskStatus.Open).Select(t => t.Key).ToList())
        {
            Tasks.Remove(id);
        }

        foreach (var id in Incidents.Where(i => i.Value.ResolvedAt is not null).Select(i => i.Key).ToList())
        {
            Incidents.Remove(id);
        }

        TokenChanges.Clear();
        VariableChanges.Clear();
        TaskChanges.Clear();
        BookmarkChanges.Clear();
        IncidentChanges.Clear();
        NewEvents.Clear();
        IsNew = false;
        Version++;
    }
}
