using System.Text.Json.Nodes;

namespace Thads.Workflows.Diagnostics;

/// <summary>What <c>workflow run</c> does: which process, with which variables, which tasks to complete, how far to move time.</summary>
public sealed record TraceRunOptions
{
    public required string BpmnXml { get; init; }

    public required string FileName { get; init; }

    public string? ProcessKey { get; init; }

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
}
