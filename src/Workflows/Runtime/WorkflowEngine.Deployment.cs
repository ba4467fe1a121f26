using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Parsing;
using Thads.Workflows.Runtime.Execution;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>The deploy dry-run: parse, validate, and check that every service task's activity is registered.</summary>
    public IReadOnlyList<BpmnProblem> Validate(string xml, string fileName) => ParseForDeployment(xml, fileName).Problems;

    /// <summary>
    /// Deploys every executable process of a BPMN file. Changed XML makes version n+1 of a process key;
    /// identical XML is a no-op; an invalid file stores nothing.
    /// </summary>
    public async Task<DeploymentResult> DeployAsync(string xml, string fileName, string? actor = null, CancellationToken cancellationToken = default)
    {
        var (document, problems) = ParseForDeployment(xml, fileName);
        if (document is null)
        {
            return new DeploymentResult([], problems);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml.ReplaceLineEndings("\n"))));
        var deployed = new List<DeployedDefinition>();
        foreach (var process in document.ExecutableProcesses)
        {
            var latest = await _context.Store.FindLatestDefinitionAsync(process.Id, cancellationToken);
            if (latest is not null && latest.ContentHash == hash)
            {
                deployed.Add(new DeployedDefinition(latest.Id, latest.Key, latest.Version, IsNew: false));
                continue;
            }

            var record = new DefinitionRecord(
                Guid.CreateVersion7(), process.Id, (latest?.Version ?? 0) + 1, process.Name, Path.GetFileName(fileName), xml, hash,
                _context.Clock.Now, actor);
            await _context.Store.AddDefinitionAsync(record, cancellationToken);
            _context.Cache(record, process);
            await ScheduleStartTimersAsync(record, process, cancellationToken);
            deployed.Add(new DeployedDefinition(record.Id, record.Key, record.Version, IsNew: true));
        }

        return new DeploymentResult(deployed, []);
    }

    /// <summary>
    /// The latest version owns the timer start events of its key: deploying a version replaces the earlier
    /// version's start timers with its own (none when it has none).
    /// </summary>
    private async Task ScheduleStartTimersAsync(DefinitionRecord record, ProcessModel process, CancellationToken cancellationToken)
    {
        var now = _context.Clock.Now;
        var timers = new List<StartTimerState>();
        foreach (var start in process.TimerStarts)
        {
            var due = TimerMath.FirstDue(start.Timer!, StartTimerText(start.Timer!), now, _context.Calendar);
            timers.Add(new StartTimerState(Guid.CreateVersion7(), record.Id, record.Key, start.Id, due.At, due.RemainingRepetitions));
        }

        var removed = await _context.Store.ReplaceStartTimersAsync(record.Key, timers, cancellationToken);
        if (_timers is not null && (timers.Count > 0 || removed.Count > 0))
        {
            await ApplyToSchedulerAsync(
                timers.Select(t => new TimerSchedule(new BookmarkRef(Guid.Empty, t.Id), t.DueAt)).ToList(),
                removed.Select(id => new BookmarkRef(Guid.Empty, id)).ToList(),
                cancellationToken);
        }
    }

    /// <summary>A start timer's text; an expression there sees no variables, since no instance exists yet.</summary>
    private string StartTimerText(TimerDefinition timer) =>
        ExpressionText.TryUnwrap(timer.Expression, out var expression)
            ? _context.Scripts.Evaluate(expression, new Dictionary<string, JsonNode?>())?.ToString() ?? ""
            : timer.Expression;

    public Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(string? key = null, CancellationToken cancellationToken = default) =>
        _context.Store.ListDefinitionsAsync(key, cancellationToken);

    private (BpmnDocument? Document, IReadOnlyList<BpmnProblem> Problems) ParseForDeployment(string xml, string fileName)
    {
        var parsed = _context.Parser.Parse(xml, fileName);
        if (parsed.Document is not { } document)
        {
            return (null, parsed.Problems);
        }

        var problems = document.Processes
            .SelectMany(p => p.AllNodes)
            .OfType<ServiceTaskNode>()
            .Where(task => !_context.Activities.TryGet(task.ActivityType, out _))
            .Select(task => new BpmnProblem(
                task.Location.File, task.Location.Line, task.Location.Column, task.Id, "unknown-activity",
                $"Service task '{task.Id}' uses activity '{task.ActivityType}', which is not registered."))
            .ToList();
        return problems.Count == 0 ? (document, []) : (null, problems);
    }
}
