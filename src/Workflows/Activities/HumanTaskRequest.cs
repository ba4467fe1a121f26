using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>
/// The task an activity asks a person to do. <see cref="DueDate"/> is an ISO date or duration from now;
/// <see cref="Prefill"/> values become variables of the task (a suggested executor, the case summary) that
/// its form shows.
/// </summary>
public sealed record HumanTaskRequest
{
    public required string Name { get; init; }

    public string? Assignee { get; init; }

    public string? CandidateRole { get; init; }

    public string? CandidateUnit { get; init; }

    public string? DueDate { get; init; }

    public string? FormKey { get; init; }

    public IReadOnlyDictionary<string, JsonNode?>? Prefill { get; init; }
}
