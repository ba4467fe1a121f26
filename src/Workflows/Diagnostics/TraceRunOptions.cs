using System.Text.Json.Nodes;

namespace Thads.Workflows.Diagnostics;

/// <summary>What <c>workflow run</c> does: which process, with which variables, which tasks to complete, how far to move time.</summary>
public sealed record TraceRunOptions
{
    public required string BpmnXml { get; init; }

    public required string FileName { get; init; }

    public string? ProcessKey { get; init; }

    /// <summary>Other BPMN files deployed first, so call activities find the processes they call.</summary>
    public IReadOnlyList<(string FileName, string Xml)> SupportingFiles { get; init; } = [];

    /// <summary>The instance's business key (the case number for THADS processes).</summary>
    public string? BusinessKey { get; init; }

    public JsonObject? Variables { get; init; }

    /// <summary>Completions by user-task element id, used in order: each entry completes one creation of that task.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonObject>> Completions { get; init; } = [];

    /// <summary>
    /// Completes every user task that has no entry in <see cref="Completions"/>, with the default values of
    /// its form when <see cref="Forms"/> knows it (so gateways after it see what a person accepting every
    /// default would submit), else with nothing.
    /// </summary>
    public bool AutoComplete { get; init; }

    /// <summary>Forms by form key, for <see cref="AutoComplete"/>.</summary>
    public IReadOnlyDictionary<string, Thads.Workflows.Forms.FormSchema> Forms { get; init; } = new Dictionary<string, Thads.Workflows.Forms.FormSchema>();

    /// <summary>Durations to move the virtual clock by, one after another, each once nothing else can proceed.</summary>
    public IReadOnlyList<string> Advances { get; init; } = [];

    public DateTimeOffset ClockStart { get; init; } = new(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>The virtual clock to run on (shared with <see cref="Services"/> when they keep time); a new one at <see cref="ClockStart"/> when null.</summary>
    public Runtime.VirtualWorkflowClock? Clock { get; init; }

    /// <summary>Services custom activities need (a sandbox database, mail…); none when null.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Who completes a task (activities may check the person's role); "cli" when null.</summary>
    public Func<Runtime.UserTaskInfo, string>? ActorFor { get; init; }

    /// <summary>
    /// With <see cref="AutoComplete"/>: how many times the clock may jump to the next timer once nothing else
    /// can proceed, so that a run reaches its end through waits (voluntary periods, re-verification cycles).
    /// </summary>
    public int MaxAutoTimerJumps { get; init; } = 200;
}
