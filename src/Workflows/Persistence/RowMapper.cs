using System.Text.Json.Nodes;
using Thads.Workflows.Persistence.Rows;
using Thads.Workflows.Runtime;
using Thads.Workflows.Runtime.Execution;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Persistence;

/// <summary>Converts between the engine's state objects and table rows, both ways.</summary>
internal sealed class RowMapper(StoredTime time)
{
    public StoredTime Time => time;

    public DefinitionRecord ToRecord(DefinitionRow r) =>
        new(r.Id, r.Key, r.Version, r.Name, r.FileName, r.Xml, r.ContentHash, time.Read(r.DeployedAtTicks), r.DeployedBy);

    public static DefinitionRow ToRow(DefinitionRecord d) => new()
    {
        Id = d.Id, Key = d.Key, Version = d.Version, Name = d.Name, FileName = d.FileName, Xml = d.Xml,
        ContentHash = d.ContentHash, DeployedAtTicks = StoredTime.Ticks(d.DeployedAt), DeployedBy = d.DeployedBy,
    };

    public static InstanceRow ToRow(InstanceState s, long version) => new()
    {
        Id = s.Id, DefinitionId = s.DefinitionId, ProcessId = s.ProcessId, BusinessKey = s.BusinessKey, Status = (int)s.Status,
        Version = version, StartedAtTicks = StoredTime.Ticks(s.StartedAt), EndedAtTicks = StoredTime.Ticks(s.EndedAt),
        StartedBy = s.StartedBy, ParentInstanceId = s.ParentInstanceId, ParentTokenId = s.ParentTokenId, LastSeq = s.LastSeq,
    };

    public InstanceState ToState(InstanceRow r) => new()
    {
        Id = r.Id, DefinitionId = r.DefinitionId, ProcessId = r.ProcessId, BusinessKey = r.BusinessKey, Status = (InstanceStatus)r.Status,
        Version = r.Version, StartedAt = time.Read(r.StartedAtTicks), EndedAt = time.Read(r.EndedAtTicks), StartedBy = r.StartedBy,
        ParentInstanceId = r.ParentInstanceId, ParentTokenId = r.ParentTokenId, LastSeq = r.LastSeq,
    };

    public static TokenRow ToRow(Guid instanceId, TokenState t) => new()
    {
        Id = t.Id, InstanceId = instanceId, ElementId = t.ElementId, ParentId = t.ParentId, Status = (int)t.Status, ArrivedVia = t.ArrivedVia,
        LoopCounter = t.LoopCounter, IsMultiInstanceBody = t.IsMultiInstanceBody, ActivityActive = t.ActivityActive,
        CreatedAtTicks = StoredTime.Ticks(t.CreatedAt),
    };

    public TokenState ToState(TokenRow r) => new()
    {
        Id = r.Id, ElementId = r.ElementId, ParentId = r.ParentId, Status = (TokenStatus)r.Status, ArrivedVia = r.ArrivedVia,
        LoopCounter = r.LoopCounter, IsMultiInstanceBody = r.IsMultiInstanceBody, ActivityActive = r.ActivityActive,
        CreatedAt = time.Read(r.CreatedAtTicks),
    };

    public static VariableRow ToRow(Guid instanceId, VariableKey key, JsonNode? value) => new()
    {
        InstanceId = instanceId, ScopeId = key.ScopeId, Name = key.Name, Json = value?.ToJsonString() ?? "null",
    };

    public static TaskRow ToRow(InstanceState s, UserTaskState t) => new()
    {
        Id = t.Id, InstanceId = s.Id, TokenId = t.TokenId, ProcessId = s.ProcessId, BusinessKey = s.BusinessKey, ElementId = t.ElementId,
        Name = t.Name, Assignee = t.Assignee, CandidateRole = t.CandidateRole, CandidateUnit = t.CandidateUnit,
        DueAtTicks = StoredTime.Ticks(t.DueAt), FormKey = t.FormKey, CreatedAtTicks = StoredTime.Ticks(t.CreatedAt), Status = (int)t.Status,
        EndedAtTicks = StoredTime.Ticks(t.EndedAt), CompletedBy = t.CompletedBy,
    };

    public UserTaskState ToState(TaskRow r) => new()
    {
        Id = r.Id, TokenId = r.TokenId, ElementId = r.ElementId, Name = r.Name, Assignee = r.Assignee, CandidateRole = r.CandidateRole,
        CandidateUnit = r.CandidateUnit, DueAt = time.Read(r.DueAtTicks), FormKey = r.FormKey, CreatedAt = time.Read(r.CreatedAtTicks),
        Status = (UserTaskStatus)r.Status, EndedAt = time.Read(r.EndedAtTicks), CompletedBy = r.CompletedBy,
    };

    public UserTaskInfo ToInfo(TaskRow r) => new(
        r.Id, r.InstanceId, r.ProcessId, r.BusinessKey, r.ElementId, r.Name, r.Assignee, r.CandidateRole, r.CandidateUnit,
        time.Read(r.DueAtTicks), r.FormKey, time.Read(r.CreatedAtTicks), (UserTaskStatus)r.Status, time.Read(r.EndedAtTicks), r.CompletedBy);

    public static BookmarkRow ToRow(Guid instanceId, BookmarkState b) => new()
    {
        Id = b.Id, InstanceId = instanceId, TokenId = b.TokenId, Kind = (int)b.Kind, ElementId = b.ElementId,
        DueAtTicks = StoredTime.Ticks(b.DueAt), RemainingRepetitions = b.RemainingRepetitions, ScheduledAtTicks = StoredTime.Ticks(b.ScheduledAt),
        MessageName = b.MessageName,
        CorrelationKey = b.CorrelationKey, CalledInstanceId = b.CalledInstanceId,
    };

    public BookmarkState ToState(BookmarkRow r) => new()
    {
        Id = r.Id, TokenId = r.TokenId, Kind = (BookmarkKind)r.Kind, ElementId = r.ElementId, DueAt = time.Read(r.DueAtTicks),
        RemainingRepetitions = r.RemainingRepetitions, ScheduledAt = time.Read(r.ScheduledAtTicks), MessageName = r.MessageName, CorrelationKey = r.CorrelationKey,
        CalledInstanceId = r.CalledInstanceId,
    };

    public static IncidentRow ToRow(InstanceState s, IncidentState i) => new()
    {
        Id = i.Id, InstanceId = s.Id, ProcessId = s.ProcessId, TokenId = i.TokenId, ElementId = i.ElementId, Message = i.Message,
        Retry = (int)i.Retry, CreatedAtTicks = StoredTime.Ticks(i.CreatedAt), ResolvedAtTicks = StoredTime.Ticks(i.ResolvedAt),
    };

    public IncidentState ToState(IncidentRow r) => new()
    {
        Id = r.Id, TokenId = r.TokenId, ElementId = r.ElementId, Message = r.Message, Retry = (IncidentRetry)r.Retry,
        CreatedAt = time.Read(r.CreatedAtTicks), ResolvedAt = time.Read(r.ResolvedAtTicks),
    };

    public IncidentInfo ToInfo(IncidentRow r) =>
        new(r.Id, r.InstanceId, r.ProcessId, r.ElementId, r.Message, time.Read(r.CreatedAtTicks), time.Read(r.ResolvedAtTicks));
}
