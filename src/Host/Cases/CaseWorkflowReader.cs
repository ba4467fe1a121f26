using System.Globalization;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Cases;
using Thads.Host.Cases.Diagram;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cases;

/// <summary>
/// Finds a case's process instances through the engine's query API. Instances carry the case number as business
/// key, which is unique only within a unit, so a root instance counts only when its <c>caseId</c> variable is this
/// case's id; the instances it called share its business key and hang below it.
/// </summary>
public sealed class CaseWorkflowReader(WorkflowEngine engine, DiagramCache diagrams, IOptions<CaseOptions> options)
{
    private const int MaxInstances = 500;

    public async Task<CaseWorkflow> ReadAsync(EnforcementCase c, CancellationToken cancellationToken)
    {
        var all = await engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = c.CaseNumber, Take = MaxInstances }, cancellationToken);
        var roots = new List<InstanceSnapshot>();
        foreach (var root in all.Where(i => i.ParentInstanceId is null))
        {
            if (await engine.GetInstanceAsync(root.Id, cancellationToken) is { } snapshot && IsOfCase(snapshot, c.Id))
            {
                roots.Add(snapshot);
            }
        }

        if (roots.Count == 0)
        {
            return CaseWorkflow.None;
        }

        var mine = roots.Select(r => r.Id).ToHashSet();
        for (var added = true; added;)
        {
            added = false;
            foreach (var child in all.Where(i => i.ParentInstanceId is { } parent && mine.Contains(parent) && !mine.Contains(i.Id)))
            {
                added |= mine.Add(child.Id);
            }
        }

        var instances = all.Where(i => mine.Contains(i.Id)).OrderBy(i => i.StartedAt).ToList();
        var tasks = new List<UserTaskInfo>();
        var journal = new List<WorkflowEvent>();
        var pictures = new Dictionary<Guid, ProcessDiagram>();
        foreach (var instance in instances)
        {
            tasks.AddRange(await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id, Take = MaxInstances }, cancellationToken));
            journal.AddRange(await engine.GetJournalAsync(instance.Id, cancellationToken));
            if (await diagrams.GetAsync(instance.DefinitionId, instance.ProcessId, cancellationToken) is { } diagram)
            {
                pictures[instance.Id] = diagram;
            }
        }

        var main = roots.Where(r => r.ProcessId == options.Value.ProcessKey).MaxBy(r => r.StartedAt) ?? roots[0];
        return new CaseWorkflow(
            main,
            instances,
            tasks.OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt).ToList(),
            journal.OrderBy(e => e.Time).ThenBy(e => e.InstanceId == main.Id ? 0 : 1).ThenBy(e => e.Seq).ToList(),
            pictures);
    }

    private static bool IsOfCase(InstanceSnapshot instance, int caseId) =>
        instance.Variables.TryGetValue("caseId", out var value)
        && value?.ToJsonString() == caseId.ToString(CultureInfo.InvariantCulture);
}
