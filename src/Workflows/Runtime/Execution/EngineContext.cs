using System.Collections.Concurrent;
using Thads.Workflows.Activities;
using Thads.Workflows.Model;
using Thads.Workflows.Parsing;
using Thads.Workflows.Persistence;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>The engine's shared, thread-safe parts, handed to every stimulus.</summary>
internal sealed class EngineContext
{
    private readonly ConcurrentDictionary<Guid, DeployedProcess> _deployed = new();

    public required IWorkflowStore Store { get; init; }

    public required IScriptRunner Scripts { get; init; }

    public required ActivityRegistry Activities { get; init; }

    public required IActivityFactory ActivityFactory { get; init; }

    public required IWorkflowClock Clock { get; init; }

    public required IWorkingDayCalendar Calendar { get; init; }

    public required IServiceProvider Services { get; init; }

    public required BpmnParser Parser { get; init; }

    public int MaxStepsPerStimulus { get; init; } = 100_000;

    public async Task<DeployedProcess> GetDeployedAsync(Guid definitionId, CancellationToken cancellationToken)
    {
        if (_deployed.TryGetValue(definitionId, out var cached))
        {
            return cached;
        }

        var record = await Store.FindDefinitionAsync(definitionId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Definition {definitionId} does not exist.");
        return Cache(record);
    }

    public DeployedProcess Cache(DefinitionRecord record)
    {
        if (_deployed.TryGetValue(record.Id, out var cached))
        {
            return cached;
        }

        var parsed = Parser.Parse(record.Xml, record.FileName);
        var process = parsed.Document?.FindProcess(record.Key)
            ?? throw new InvalidOperationException($"Stored definition {record.Key} v{record.Version} no longer parses: "
                + string.Join("; ", parsed.Problems));
        return Cache(record, process);
    }

    /// <summary>Caches a definition whose process was just parsed (a deployment), so it is not parsed again.</summary>
    public DeployedProcess Cache(DefinitionRecord record, ProcessModel process) =>
        _deployed.GetOrAdd(record.Id, new DeployedProcess(record, process));
}
