using System.Text.Json.Nodes;
using Thads.Workflows.Activities;
using Thads.Workflows.Runtime;
using Thads.Workflows.Timing;

namespace Thads.Workflows.Diagnostics;

/// <summary>
/// Runs one instance in memory on a virtual clock and streams its trace (the <c>workflow run</c> command):
/// user tasks are completed as told, and when nothing else can happen the clock jumps from timer to timer
/// by each requested advance.
/// </summary>
public static class TraceRunner
{
    public static async Task<TraceRunOutcome> RunAsync(TraceRunOptions options, TextWriter trace, TextWriter errors, ActivityRegistry? activities = null, CancellationToken cancellationToken = default)
    {
        var clock = options.Clock ?? new VirtualWorkflowClock(options.ClockStart);
        var builder = new WorkflowEngineBuilder().UseInMemoryStore().UseClock(clock).UseActivities(activities ?? new ActivityRegistry())
            .AddObserver(new JsonLinesTraceWriter(trace));
        if (options.Services is not null)
        {
            builder.UseServices(options.Services);
        }

        var engine = builder.Build();
        foreach (var (fileName, xml) in options.SupportingFiles)
        {
            var supporting = await engine.DeployAsync(xml, fileName, "cli", cancellationToken);
            foreach (var problem in supporting.Problems)
            {
                errors.WriteLine(problem.ToString());
            }

            if (!supporting.IsValid)
            {
                return TraceRunOutcome.InvalidModel;
            }
        }

        var deployment = await engine.DeployAsync(options.BpmnXml, options.FileName, "cli", cancellationToken);
        if (!deployment.IsValid)
        {
            foreach (var problem in deployment.Problems)
            {
                errors.WriteLine(problem.ToString());
            }

            return TraceRunOutcome.InvalidModel;
        }

        var key = ChooseProcess(options.ProcessKey, deployment.Definitions.Select(d => d.Key).ToList(), errors);
        if (key is null)
        {
            return TraceRunOutcome.InvalidModel;
        }

        var variables = options.Variables?.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());
        var root = await engine.StartAsync(key, new StartOptions { Variables = variables, Actor = "cli", BusinessKey = options.BusinessKey }, cancellationToken);
        var completions = options.Completions.ToList();
        var advances = new Queue<string>(options.Advances);
        var autoJumps = 0;
        while (true)
        {
            await CompleteWhatWeCanAsync(engine, completions, options, cancellationToken);
            var snapshot = (await engine.GetInstanceAsync(root.Id, cancellationToken))!;
            if (snapshot.Status != InstanceStatus.Running)
            {
                return TraceRunOutcome.Ended;
            }

            if ((await engine.QueryIncidentsAsync(cancellationToken: cancellationToken)).Count > 0)
            {
                return TraceRunOutcome.Incident;
            }

            if (!advances.TryDequeue(out var advance))
            {
                if (options.AutoComplete && autoJumps++ < options.MaxAutoTimerJumps && await engine.NextTimerDueAsync(cancellationToken) is { } next)
                {
                    await AdvanceAsync(engine, clock, next > clock.Now ? next : clock.Now, completions, options, cancellationToken);
                    continue;
                }

                return TraceRunOutcome.Waiting;
            }

            if (!IsoDuration.TryParse(advance, out var duration))
            {
                errors.WriteLine($"--advance '{advance}' is not an ISO 8601 duration such as PT1H or P3D.");
                return TraceRunOutcome.InvalidModel;
            }

            await AdvanceAsync(engine, clock, duration.AddTo(clock.Now), completions, options, cancellationToken);
        }
    }

    private static string? ChooseProcess(string? requested, IReadOnlyList<string> keys, TextWriter errors)
    {
        if (requested is not null)
        {
            if (keys.Contains(requested))
            {
                return requested;
            }

            errors.WriteLine($"--process '{requested}' is not an executable process of the file (it has: {string.Join(", ", keys)}).");
            return null;
        }

        if (keys.Count == 1)
        {
            return keys[0];
        }

        errors.WriteLine($"The file has {keys.Count} executable processes ({string.Join(", ", keys)}): choose one with --process.");
        return null;
    }

    /// <summary>Moves the clock to each due timer in turn up to <paramref name="target"/>, letting tasks be completed in between.</summary>
    private static async Task AdvanceAsync(WorkflowEngine engine, VirtualWorkflowClock clock, DateTimeOffset target, List<KeyValuePair<string, JsonObject>> completions, TraceRunOptions options, CancellationToken cancellationToken)
    {
        while (await engine.NextTimerDueAsync(cancellationToken) is { } due && due <= target)
        {
            if (due > clock.Now)
            {
                clock.Set(due);
            }

            await engine.FireDueTimersAsync(cancellationToken: cancellationToken);
            await CompleteWhatWeCanAsync(engine, completions, options, cancellationToken);
        }

        clock.Set(target);
    }

    private static async Task CompleteWhatWeCanAsync(WorkflowEngine engine, List<KeyValuePair<string, JsonObject>> completions, TraceRunOptions options, CancellationToken cancellationToken)
    {
        var progressed = true;
        while (progressed)
        {
            progressed = false;
            foreach (var task in await engine.QueryTasksAsync(new TaskQuery { Take = int.MaxValue }, cancellationToken))
            {
                var index = completions.FindIndex(c => c.Key == task.ElementId);
                if (index < 0 && !options.AutoComplete)
                {
                    continue;
                }

                IReadOnlyDictionary<string, object?>? values = null;
                if (index >= 0)
                {
                    values = completions[index].Value.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());
                    completions.RemoveAt(index);
                }
                else if (task.FormKey is { } formKey && options.Forms.TryGetValue(formKey, out var form))
                {
                    values = form.AcceptedValues(DateOnly.FromDateTime(engine.Clock.Now.DateTime)).ToDictionary(p => p.Key, p => (object?)p.Value);
                }

                await engine.CompleteTaskAsync(task.Id, values, options.ActorFor?.Invoke(task) ?? "cli", cancellationToken);
                progressed = true;
                break;
            }
        }
    }
}
