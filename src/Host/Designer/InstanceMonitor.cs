using Thads.Workflows.Runtime;

namespace Thads.Host.Designer;

/// <summary>What the administrator watches: instances per version, one instance over its diagram, incidents and their retry.</summary>
public sealed class InstanceMonitor(WorkflowEngine engine)
{
    public const int MaxListed = 200;

    public async Task<IReadOnlyList<InstanceListItem>> ListAsync(string key, int? version, InstanceStatus? status, CancellationToken cancellationToken)
    {
        Guid? definitionId = null;
        if (version is { } v)
        {
            definitionId = (await engine.ListDefinitionsAsync(key, cancellationToken)).FirstOrDefault(d => d.Version == v)?.Id;
            if (definitionId is null)
            {
                return [];
            }
        }

        var instances = await engine.QueryInstancesAsync(
            new InstanceQuery { ProcessId = key, DefinitionId = definitionId, Status = status, Take = MaxListed }, cancellationToken);
        return instances
            .OrderByDescending(i => i.StartedAt)
            .Select(i => new InstanceListItem(i.Id, i.ProcessId, i.DefinitionVersion, i.BusinessKey, i.Status, i.StartedAt, i.EndedAt))
            .ToList();
    }

    public async Task<InstanceView?> ViewAsync(Guid id, CancellationToken cancellationToken)
    {
        var instance = await engine.GetInstanceAsync(id, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var definition = (await engine.ListDefinitionsAsync(instance.ProcessId, cancellationToken)).First(d => d.Id == instance.DefinitionId);
        var journal = await engine.GetJournalAsync(id, cancellationToken);
        var completed = journal
            .Where(e => e.Type == WorkflowEventTypes.ActivityCompleted && e.ElementId is not null)
            .GroupBy(e => e.ElementId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var active = instance.Tokens.Select(t => t.ElementId).Distinct(StringComparer.Ordinal).ToList();
        var tasks = instance.OpenTasks
            .Select(t => new InstanceTaskItem(t.Id, t.ElementId, t.Name, t.Assignee, t.CandidateRole, t.CandidateUnit, t.CreatedAt, t.DueAt))
            .ToList();
        var incidents = (await engine.QueryIncidentsAsync(id, openOnly: true, cancellationToken))
            .Select(i => new IncidentItem(i.Id, i.InstanceId, i.ProcessId, instance.BusinessKey, i.ElementId, i.Message, i.CreatedAt))
            .ToList();
        return new InstanceView(
            instance.Id, instance.ProcessId, definition.Version, instance.BusinessKey, instance.Status, instance.StartedAt, instance.EndedAt,
            definition.Xml, completed, active, tasks, incidents);
    }

    public async Task<IReadOnlyList<IncidentItem>> OpenIncidentsAsync(CancellationToken cancellationToken)
    {
        var incidents = await engine.QueryIncidentsAsync(null, openOnly: true, cancellationToken);
        var items = new List<IncidentItem>();
        foreach (var incident in incidents.OrderByDescending(i => i.CreatedAt).Take(MaxListed))
        {
            var instance = await engine.GetInstanceAsync(incident.InstanceId, cancellationToken);
            items.Add(new IncidentItem(incident.Id, incident.InstanceId, incident.ProcessId, instance?.BusinessKey, incident.ElementId, incident.Message, incident.CreatedAt));
        }

        return items;
    }

    /// <exception cref="WorkflowNotFoundException">No such incident.</exception>
    /// <exception cref="WorkflowConflictException">It is already resolved.</exception>
    public Task RetryAsync(Guid incidentId, string actor, CancellationToken cancellationToken) =>
        engine.RetryIncidentAsync(incidentId, actor, cancellationToken);
}
