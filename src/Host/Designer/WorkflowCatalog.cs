using Microsoft.EntityFrameworkCore;
using Thads.Host.Designer.Data;
using Thads.Workflows.Runtime;

namespace Thads.Host.Designer;

/// <summary>The deployed processes as the designer lists them: versions, their publication notes, running-instance counts.</summary>
public sealed class WorkflowCatalog(WorkflowEngine engine, IDbContextFactory<DesignerDbContext> contexts)
{
    public async Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(null, cancellationToken);
        return versions
            .GroupBy(v => v.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var list = g.OrderByDescending(v => v.Summary.Version).Select(v => v.Summary).ToList();
                return new WorkflowSummary(g.Key, list[0].Name, list[0].Version, list.Sum(v => v.RunningInstances), list);
            })
            .ToList();
    }

    /// <summary>The versions of one key, newest first; empty when the key is not deployed.</summary>
    public async Task<IReadOnlyList<WorkflowVersionSummary>> VersionsOfAsync(string key, CancellationToken cancellationToken) =>
        (await VersionsAsync(key, cancellationToken)).Select(v => v.Summary).OrderByDescending(v => v.Version).ToList();

    /// <summary>One version (the latest when <paramref name="version"/> is null) with its XML, or null.</summary>
    public async Task<WorkflowVersionDetail?> FindAsync(string key, int? version, CancellationToken cancellationToken)
    {
        var records = await engine.ListDefinitionsAsync(key, cancellationToken);
        var record = version is { } v ? records.FirstOrDefault(r => r.Version == v) : records.MaxBy(r => r.Version);
        if (record is null)
        {
            return null;
        }

        var summary = (await VersionsAsync(key, cancellationToken)).First(s => s.Summary.Id == record.Id).Summary;
        return new WorkflowVersionDetail(key, summary, record.Xml);
    }

    private async Task<IReadOnlyList<(string Key, WorkflowVersionSummary Summary)>> VersionsAsync(string? key, CancellationToken cancellationToken)
    {
        var records = await engine.ListDefinitionsAsync(key, cancellationToken);
        var running = await engine.CountInstancesByDefinitionAsync(InstanceStatus.Running, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notes = await (key is null ? db.Publications : db.Publications.Where(p => p.ProcessKey == key))
            .ToDictionaryAsync(p => p.DefinitionId, cancellationToken);
        return records
            .Select(r =>
            {
                var note = notes.GetValueOrDefault(r.Id);
                return (r.Key, new WorkflowVersionSummary(
                    r.Id, r.Version, r.Name, r.FileName, r.DeployedAt, note?.PublishedBy ?? r.DeployedBy, note?.Comment,
                    running.GetValueOrDefault(r.Id)));
            })
            .ToList();
    }
}
