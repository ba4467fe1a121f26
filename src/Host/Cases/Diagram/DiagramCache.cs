using System.Collections.Concurrent;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cases.Diagram;

/// <summary>
/// Diagrams read once per deployed definition version: a version never changes once deployed, so its diagram is
/// kept for the life of the process (a few dozen versions at most).
/// </summary>
public sealed class DiagramCache(WorkflowEngine engine, ILogger<DiagramCache> logger)
{
    private readonly ConcurrentDictionary<Guid, ProcessDiagram> _diagrams = new();

    /// <summary>The diagram of a definition version; null when the version is unknown or its XML cannot be read.</summary>
    public async Task<ProcessDiagram?> GetAsync(Guid definitionId, string processKey, CancellationToken cancellationToken)
    {
        if (_diagrams.TryGetValue(definitionId, out var cached))
        {
            return cached;
        }

        var record = (await engine.ListDefinitionsAsync(processKey, cancellationToken)).FirstOrDefault(d => d.Id == definitionId);
        if (record is null)
        {
            return null;
        }

        try
        {
            return _diagrams.GetOrAdd(definitionId, DiagramReader.Read(record));
        }
        catch (InvalidOperationException e)
        {
            // Deployment validated the XML, so this is a damaged row: show the case without its picture.
            logger.LogWarning(e, "Cannot read the diagram of {ProcessKey} v{Version}", record.Key, record.Version);
            return null;
        }
    }

    public int Count => _diagrams.Count;
}
